import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { NoticeError, readNoticeSource } from '../../../src/content/notice-source.ts';
import { noticeSchema, noticeSummarySchema, summarizeNotice } from '../../../src/schemas/notice.ts';
import { SEED_NOTICE } from '../../helpers/notices.ts';

const seed = readFileSync(SEED_NOTICE, 'utf8');
const FILE = 'content/notices/example.mdx';

/** The message readNoticeSource throws for `source`. */
function refusal(source: string): string {
  try {
    readNoticeSource(source, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(NoticeError);
    return (error as Error).message;
  }
  throw new Error('the notice was accepted');
}

describe('reading a notice file', () => {
  test('gives the validated data and the text after the front-matter', () => {
    const { data, body } = readNoticeSource(seed, FILE);
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
    expect(message.split('\n')[0]).toBe(`${FILE}：前置信息有 2 处不符合要求`);
    expect(message).toContain('  period.end: 收到 "2018-09-31"，应为真实的日期：2018 年 9 月只有 30 天');
    expect(message).toContain('  channels.2.number: 收到 "0313-2568718"，应为 11 位手机号码');
  });

  test('names the file and the line of broken YAML', () => {
    expect(refusal(seed.replace('title: ', 'title: [unclosed '))).toMatch(
      new RegExp(`^${FILE} 第 \\d+ 行：前置信息的 YAML 格式有误`),
    );
  });

  test('refuses code in the text, which would run if published as MDX', () => {
    expect(refusal(`${seed}\nexport const leaked = 1;\n`)).toMatch(
      new RegExp(`^${FILE}：.*公告正文只能是文字$`),
    );
  });
});

describe('the summary the content store keeps', () => {
  test('holds what the lists show, and passes its own schema', () => {
    const { data } = readNoticeSource(seed, FILE);
    const summary = summarizeNotice(data);
    expect(summary).toEqual({
      title: data.title,
      published: '2018-07-21',
      team: { name: '河北省委第九巡视组' },
      unit: '张家口市',
      period: data.period,
    });
    expect(noticeSummarySchema().parse(summary)).toEqual(summary);
  });

  test('its schema takes its rules from the notice schema', () => {
    const { data } = readNoticeSource(seed, FILE);
    const summary = summarizeNotice(data);
    const result = noticeSummarySchema().safeParse({
      ...summary,
      period: { start: '2018-07-21', end: '2018-07-20' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('早于开始日期');
  });
});
