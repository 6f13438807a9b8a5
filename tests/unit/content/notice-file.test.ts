import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkNotice, NoticeError, readNotice } from '../../../src/content/notice-file.ts';
import { noticeSchema, noticeListingSchema, listingOf } from '../../../src/schemas/notice.ts';
import { asStay, SEED_NOTICE } from '../../helpers/notices.ts';

const seed = readFileSync(SEED_NOTICE, 'utf8');
const FILE = 'content/notices/example.mdx';

/** The message readNotice throws for `source`. */
function refusal(source: string, file = FILE): string {
  try {
    readNotice(source, file);
  } catch (error) {
    expect(error).toBeInstanceOf(NoticeError);
    return (error as Error).message;
  }
  throw new Error('the notice was accepted');
}

describe('reading a notice file', () => {
  test('gives the validated data and the text after the front-matter', () => {
    const { data, body } = readNotice(seed, FILE);
    expect(data.team.leader).toBe('李寿松');
    expect(data).toEqual(noticeSchema().parse(data));
    expect(body.trimStart().startsWith('---')).toBe(false);
    expect(body).toContain('018信箱');
  });

  test('names the file, then every wrong field with its value and what is expected', () => {
    const message = refusal(
      seed
        .replace('number: "18830681009"', 'number: "0313-2568718"')
        .replace('  end: "2018-09-30"', '  end: "2018-09-31"'),
    );
    expect(message.split('\n')).toEqual([
      '2 处问题，这份公告不能发布：',
      `${FILE}  period.end：收到 "2018-09-31"，应为真实的日期：2018 年 9 月只有 30 天`,
      `${FILE}  channels.2.number：收到 "0313-2568718"，应为 11 位手机号码（如 "18830681009"）：这是固定电话，收不到短信`,
    ]);
  });

  test('names the file and the line of broken YAML', () => {
    expect(refusal(seed.replace('title: ', 'title: [unclosed ')).split('\n')[1]).toMatch(
      new RegExp(`^${FILE}  第 \\d+ 行：前置信息的 YAML 格式有误`),
    );
  });

  test('refuses code in the text, which would run if published as MDX', () => {
    expect(refusal(`${seed}\nexport const leaked = 1;\n`)).toMatch(
      new RegExp(`\n${FILE}  正文：第 \\d+ 行：正文不能导出（export）代码；公告正文只能是文字、图片和说明过的组件$`),
    );
  });

  test('refuses a file without text, and a file name that would make a bad address', () => {
    const [frontmatter] = /^---\n[\s\S]*?\n---\n/.exec(seed)!;
    expect(refusal(frontmatter)).toContain(`${FILE}  正文：没有公告正文`);
    expect(refusal(seed, 'content/notices/张家口.mdx')).toContain('文件名 "张家口.mdx" 会成为网址');
  });

  test('lists every problem, not only the first: those of the front-matter, then those of the text', () => {
    const { problems, notice } = checkNotice(
      `${seed.replace('name: 河北省委第九巡视组', 'nme: 河北省委第九巡视组')}\n{oops}\n`,
      FILE,
    );
    expect(notice).toBeUndefined();
    expect(problems.map((problem) => problem.field)).toEqual(['team.name', 'team', '正文']);
  });
});

describe('the listing the content store keeps', () => {
  test('holds what the lists show, and passes its own schema', () => {
    const { data } = readNotice(seed, FILE);
    const listing = listingOf(data);
    expect(listing).toEqual({
      kind: 'arrival',
      title: data.title,
      published: '2018-07-21',
      day: '2018-07-21',
      team: { name: '河北省委第九巡视组' },
      unit: '张家口市',
      otherUnits: ['宣化区', '沽源县'],
      period: asStay(data).period,
      channels: asStay(data).channels,
    });
    expect(noticeListingSchema().parse(listing)).toEqual(listing);
  });

  test('its schema takes its rules from the notice schema', () => {
    const { data } = readNotice(seed, FILE);
    const listing = listingOf(data);
    const result = noticeListingSchema().safeParse({
      ...listing,
      period: { start: '2018-07-21', end: '2018-07-20' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('早于开始日期');
  });
});
