import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { afterEach, describe, expect, test } from 'vitest';
import { checkNoticeFolder } from '../../../src/content/check.ts';
import { linkProblems, timeline } from '../../../src/content/inspections.ts';
import { inspections, type Linkable } from '../../../src/notice/inspection.ts';
import { listingOf, noticeSchema } from '../../../src/schemas/notice.ts';
import { ARRIVAL, FEEDBACK, RECTIFICATION, WITHDRAWAL } from '../../helpers/lifecycle.ts';

const entry = (id: string, data: unknown): Linkable => ({ id, data: listingOf(noticeSchema().parse(data)) });
const problemsOf = (...notices: Linkable[]) => linkProblems(notices).map(({ id, field, message }) => `${id} ${field}：${message}`);

describe('the links between notices', () => {
  test('of a whole inspection are sound, and its timeline names each stage', () => {
    const notices = [entry('arrival', ARRIVAL), entry('feedback', FEEDBACK), entry('rectification', RECTIFICATION), entry('withdrawal', WITHDRAWAL)];
    expect(linkProblems(notices)).toEqual([]);
    expect(timeline(inspections(notices).get('arrival')!).map((stage) => `${stage.label} ${stage.day}`)).toEqual([
      '进驻 2025-03-03',
      '撤离 2025-04-28',
      '反馈 2025-06-09',
      '整改 2025-08-20',
    ]);
  });

  test('are broken by an inspection that names no notice, or a notice that is not an arrival', () => {
    expect(problemsOf(entry('feedback', { ...FEEDBACK, inspection: 'missing' }))).toEqual([
      'feedback inspection：收到 "missing"，没有这份公告；应为同一次巡视的进驻公告的文件名（不含 .mdx）',
    ]);
    expect(problemsOf(entry('arrival', ARRIVAL), entry('feedback', FEEDBACK), entry('rectification', { ...RECTIFICATION, inspection: 'feedback' }))).toEqual([
      'rectification inspection：收到 "feedback"，它是反馈情况，不是进驻公告；应为同一次巡视的进驻公告的文件名',
    ]);
  });

  test('are broken by a feedback dated before its arrival, naming both days', () => {
    expect(problemsOf(entry('arrival', ARRIVAL), entry('feedback', { ...FEEDBACK, feedback: { ...FEEDBACK.feedback, date: '2025-02-20' } }))).toEqual([
      'feedback feedback.date：反馈情况的日期 2025年2月20日 早于它所属巡视的进驻日期 2025年3月3日（arrival）；应不早于进驻日期，或检查 inspection',
    ]);
  });

  test('are broken by a rectification before its feedback, a unit the arrival does not inspect, and an arrival naming another', () => {
    expect(
      problemsOf(
        entry('arrival', ARRIVAL),
        entry('feedback', FEEDBACK),
        entry('rectification', { ...RECTIFICATION, published: '2025-06-01' }),
        entry('withdrawal', { ...WITHDRAWAL, unit: '县水利局党组' }),
        entry('second', { ...ARRIVAL, inspection: 'arrival' }),
      ),
    ).toEqual([
      'withdrawal unit：收到 "县水利局党组"，而它所属巡视的进驻公告 arrival 巡视的是县林业局党组；应为其中之一，或检查 inspection',
      'second inspection：收到 "arrival"，进驻公告自身开启一次巡视，应不写 inspection，或写它自己的文件名 "second"',
      'rectification published：整改进展情况的发布日期 2025年6月1日 早于同一次巡视的反馈日期 2025年6月9日（feedback）；应不早于反馈日期',
    ]);
  });
});

describe('check:content', () => {
  let folder: string;
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test('names the file and the field of a broken link, once each notice is valid on its own', () => {
    folder = mkdtempSync(join(tmpdir(), 'links-'));
    mkdirSync(join(folder, 'notices'));
    const write = (name: string, data: unknown) =>
      writeFileSync(join(folder, 'notices', `${name}.mdx`), `---\n${dump(data)}---\n\n公告正文。\n`);
    write('2025-linye', ARRIVAL);
    write('2025-linye-fankui', { ...FEEDBACK, inspection: '2025-linye-x' });
    const { problems } = checkNoticeFolder(join(folder, 'notices'), folder);
    expect(problems).toEqual([
      {
        file: join('notices', '2025-linye-fankui.mdx'),
        field: 'inspection',
        message: '收到 "2025-linye-x"，没有这份公告；应为同一次巡视的进驻公告的文件名（不含 .mdx）',
      },
    ]);
  });
});
