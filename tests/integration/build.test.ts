import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { importNotice } from '../../src/importer/import-notice.ts';
import { SEED_NOTICE } from '../helpers/notices.ts';

/**
 * A notice with a broken field must stop the real build, and the message
 * must lead its writer to the file and the field. Each case is a full
 * `astro build` of a one-notice site in a temporary folder.
 */
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function build(fileName: string, source: string) {
  return buildAll({ [fileName]: source });
}

function buildWith(fileName: string, edit: (source: string) => string) {
  const source = readFileSync(SEED_NOTICE, 'utf8');
  const edited = edit(source);
  expect(edited).not.toBe(source);
  return build(fileName, edited);
}

test('an unquoted impossible date fails the build, naming the file, the field and the rollover', () => {
  const { status, output } = buildWith('bad-date.mdx', (source) =>
    source.replace('  end: "2018-09-30"', '  end: 2018-09-31'),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('bad-date.mdx');
  expect(output).toContain(
    'period.end：收到未加引号的日期（已被读作 2018-10-01），应为带引号的日期，如 "2018-07-21"',
  );
});

test('a landline given as the SMS number fails the build, naming the file and the field', () => {
  const { status, output } = buildWith('bad-sms.mdx', (source) =>
    source.replace('number: "18830681009"', 'number: "0313-2568718"'),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('bad-sms.mdx');
  expect(output).toContain('channels.2.number：收到 "0313-2568718"，应为 11 位手机号码');
});

test('MDX syntax in an imported notice is shown as text, never run as code', () => {
  const raw = readFileSync('tests/fixtures/raw/mdx-syntax.txt', 'utf8');
  const { mdx } = importNotice(raw, { date: '2022-06-01' });
  // The notice still has placeholders; fill them as a person would, so that it builds.
  const filled = mdx.replace(/【待填写：[^】]*】/g, '补全的内容');
  const { status, output, dist } = build('2022-06-01-shenjiju.mdx', filled);
  expect(output).not.toContain('error');
  expect(status).toBe(0);
  const html = readFileSync(join(dist, 'notices', '2022-06-01-shenjiju', 'index.html'), 'utf8');
  const text = html.slice(html.indexOf('id="full-text"'));
  expect(text).toContain('import fs from');
  expect(text).toContain('export const leaked');
  expect(text).toContain('{leaked}和&lt;script&gt;alert（1）&lt;/script&gt;');
  expect(text).toContain('&lt;Content /&gt;');
  expect(text).toContain('*星号*');
  expect(text).not.toContain('<script>alert');
});

/** The build of a site of these files, in a temporary folder. */
function buildAll(files: Record<string, string | Buffer>) {
  const folder = mkdtempSync(join(tmpdir(), 'notices-'));
  folders.push(folder);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', join(folder, 'dist')], {
    env: { ...process.env, NOTICES_DIR: folder, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, dist: join(folder, 'dist') };
}

/** The notice's text as its page shows it: the section after its heading, up to the print footer. */
function fullText(dist: string, id: string): string {
  const html = readFileSync(join(dist, 'notices', id, 'index.html'), 'utf8');
  return html.slice(html.indexOf('id="full-text-heading"'), html.indexOf('<aside class="print-footer'));
}

test('the same text gives the same page whether the Markdown fast path or @astrojs/mdx renders it', () => {
  const seed = readFileSync(SEED_NOTICE, 'utf8');
  // A comment makes it MDX: @astrojs/mdx compiles the second, and shows the comment as nothing.
  const { status, output, dist } = buildAll({
    'a-plain.mdx': seed,
    'b-compiled.mdx': `${seed}\n{/* 以上为公告全文。 */}\n`,
  });
  expect(output).not.toContain('error');
  expect(status).toBe(0);
  const plain = fullText(dist, 'a-plain');
  expect(plain).toContain('张家口018信箱');
  expect(fullText(dist, 'b-compiled').replace(/\n+/g, '\n')).toBe(plain.replace(/\n+/g, '\n'));
});

test('a photo without alt text, a missing attachment, an unknown component and an outside import each fail the build, with the file and the line', () => {
  const seed = readFileSync(SEED_NOTICE, 'utf8');
  const lines = seed.split('\n').length;
  const cases: [string, string][] = [
    ['![](./a/photo.jpg)', 'photo.jpg 没有替代文字'],
    ['<Attachment file="./a/missing.pdf">一览表</Attachment>', '附件 ./a/missing.pdf 不存在'],
    ['<Gallery />', '<Gallery> 不是可用的组件'],
    ["import x from 'lodash'", '从项目之外导入 "lodash"'],
  ];
  for (const [text, message] of cases) {
    const { status, output } = buildAll({
      'broken.mdx': `${seed}\n${text}\n`,
      'a/photo.jpg': readFileSync('tests/fixtures/rich/2026-fengxi-3-nongye/dongyuanhui.jpg'),
    });
    expect(status, text).not.toBe(0);
    expect(output, text).toContain(`broken.mdx  正文：第 ${lines + 1} 行：`);
    expect(output, text).toContain(message);
  }
}, 300_000);

test('a later stage that names no arrival, or comes before its arrival, fails the build with the file, field and both days', () => {
  const seed = readFileSync(SEED_NOTICE, 'utf8');
  const later = (kind: string, fields: string) =>
    `---\nkind: ${kind}\ntitle: 省委第九巡视组反馈巡视情况\npublished: "2018-06-01"\nteam:\n  name: 河北省委第九巡视组\nunit: 张家口市\n${fields}---\n\n反馈情况。\n`;
  const { status, output } = buildAll({
    '2018-hebei-9-zhangjiakou.mdx': seed,
    'early.mdx': later('feedback', 'inspection: 2018-hebei-9-zhangjiakou\nfeedback:\n  date: "2018-06-01"\n'),
    'orphan.mdx': later(
      'withdrawal',
      'inspection: 2018-hebei-9-xuanhua\nwithdrawal:\n  stops: "2018-09-30"\n',
    ),
  });
  expect(status).not.toBe(0);
  expect(output).toContain(
    'early.mdx  feedback.date：反馈情况的日期 2018年6月1日 早于它所属巡视的进驻日期 2018年7月21日（2018-hebei-9-zhangjiakou）',
  );
  expect(output).toContain('orphan.mdx  inspection：收到 "2018-hebei-9-xuanhua"，没有这份公告');
});
