import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkNotice, readNotice } from '../../../src/content/notice-file.ts';
import {
  correctionNote,
  correctionProblems,
  correctionsIn,
  lastUpdated,
} from '../../../src/notice/corrections.ts';
import { noticeListingSchema, listingOf } from '../../../src/schemas/notice.ts';
import { asStay, SEED_NOTICE } from '../../helpers/notices.ts';

const FILE = 'content/notices/example.mdx';
const seed = readFileSync(SEED_NOTICE, 'utf8');

/** The seed with its duty phone corrected from an invented old number, and `corrections` as written. */
function corrected(corrections: string, source = seed): string {
  return source.replace(/\n---\n/, `\ncorrections:\n${corrections}\n---\n`);
}

const PHONE = `  - date: "2018-07-25"
    what: 值班电话
    before: "0313-2560000"
    after: "0313-2568718"`;
const DEADLINE = `  - date: "2018-08-01"
    what: 受理截止日期
    before: "2018-09-20"
    after: "2018-09-30"`;

/** The problems of a file, one line each: "field：message". */
function problems(source: string): string[] {
  return checkNotice(source, FILE).problems.map(({ field, message }) => `${field}：${message}`);
}

describe('a notice’s corrections', () => {
  test('are accepted when the notice says each new value and no old one, and kept in its listing', () => {
    const { data } = readNotice(corrected(`${PHONE}\n${DEADLINE}`), FILE);
    expect(data.corrections).toEqual([
      { date: '2018-07-25', what: '值班电话', before: '0313-2560000', after: '0313-2568718' },
      { date: '2018-08-01', what: '受理截止日期', before: '2018-09-20', after: '2018-09-30' },
    ]);
    expect(lastUpdated(data)).toBe('2018-08-01');
    expect(noticeListingSchema().parse(listingOf(data)).corrections).toEqual(data.corrections);
  });

  test('name the part of the notice that shows a corrected value, and only that part', () => {
    const { data } = readNotice(corrected(`${PHONE}\n${DEADLINE}`), FILE);
    const phone = data.channels.find((channel) => channel.type === 'phone');
    const email = data.channels.find((channel) => channel.type === 'email');
    expect(correctionsIn(phone, data.corrections).map(({ what }) => what)).toEqual(['值班电话']);
    expect(correctionsIn(asStay(data).period, data.corrections).map(({ what }) => what)).toEqual([
      '受理截止日期',
    ]);
    expect(correctionsIn(email, data.corrections)).toEqual([]);
    expect(correctionNote(data.corrections![0]!)).toBe(
      '2018年7月25日更正：值班电话由 0313-2560000 改为 0313-2568718',
    );
  });

  test('refuse an old value the front-matter still says, naming where', () => {
    const stale = corrected(PHONE.replace('before: "0313-2560000"', 'before: "18830681009"'));
    const line = stale.split('\n').findIndex((text) => text.includes('手机：18830681009')) + 1;
    expect(problems(stale)).toEqual([
      'corrections.0.before：更正前的写法 "18830681009" 仍出现在 channels.2.number（"18830681009"）：应改为更正后的写法 "0313-2568718"',
      `corrections.0.before：更正前的写法 "18830681009" 仍出现在正文第 ${line} 行：应改为更正后的写法 "0313-2568718"`,
    ]);
  });

  test('refuse an old value the text still says, with its line', () => {
    const source = corrected(PHONE);
    const stale = source.replace('邮政信箱：张家口018信箱', '邮政信箱：张家口018信箱（原电话0313-2560000）');
    const line = stale.split('\n').findIndex((text) => text.includes('原电话')) + 1;
    expect(problems(stale)).toEqual([
      `corrections.0.before：更正前的写法 "0313-2560000" 仍出现在正文第 ${line} 行：应改为更正后的写法 "0313-2568718"`,
    ]);
  });

  test('refuse a new value the notice does not say, and one equal to the old', () => {
    expect(problems(corrected(PHONE.replace('after: "0313-2568718"', 'after: "0313-2569999"')))).toEqual([
      'corrections.0.after：更正后的写法 "0313-2569999" 在前置信息和正文中都没有出现：应照抄公告现在的写法，如 "0313-8015678"',
    ]);
    expect(problems(corrected(PHONE.replace('before: "0313-2560000"', 'before: "0313-2568718"')))).toEqual([
      'corrections.0.after：更正前后的写法相同（"0313-2568718"）：应写出更正前和更正后的不同写法',
    ]);
  });

  test('accept an old value that is part of the new one (a deadline extended)', () => {
    const data = {
      published: '2026-03-09',
      period: { start: '2026-03-09', end: '2026-04-24' },
      corrections: [
        { date: '2026-03-20', what: '巡察期间', before: '3月9日至4月', after: '3月9日至4月24日' },
      ],
    };
    expect(correctionProblems(data, '巡察期间为3月9日至4月24日。', 10)).toEqual([]);
    expect(correctionProblems(data, '巡察期间为3月9日至4月24日，原定3月9日至4月。', 10)).toEqual([
      { field: 'corrections.0.before', message: expect.stringContaining('仍出现在正文第 10 行') },
    ]);
  });

  test('refuse a correction dated before the notice, or out of order', () => {
    const early = PHONE.replace('2018-07-25', '2018-07-01');
    expect(problems(corrected(early))).toEqual([
      'corrections.0.date：更正日期 "2018-07-01" 早于公告的发布日期 "2018-07-21"',
    ]);
    expect(problems(corrected(`${DEADLINE}\n${PHONE}`))).toEqual([
      'corrections.1.date：更正日期 "2018-07-25" 早于上一条更正的日期 "2018-08-01"：更正记录应按日期从早到晚排列',
    ]);
  });

  test('refuse an unquoted date and an unknown field, in Chinese', () => {
    const lines = problems(corrected(PHONE.replace('"2018-07-25"', '2018-07-25').replace('what:', 'whta:')));
    expect(lines.some((line) => line.startsWith('corrections.0.date：收到未加引号的日期'))).toBe(true);
    expect(lines.some((line) => line.startsWith('corrections.0：不认识的字段 "whta"'))).toBe(true);
  });
});
