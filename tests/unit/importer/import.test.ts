import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseNoticeFile } from '../../../src/content/notice-file.ts';
import {
  decodeRaw,
  ImportError,
  importNotice,
  type ImportResult,
} from '../../../src/importer/import-notice.ts';
import { isPlaceholder } from '../../../src/notice/placeholder.ts';
import { SEED_NOTICE } from '../../helpers/notices.ts';

const raw = (name: string) => readFileSync(`tests/fixtures/raw/${name}.txt`, 'utf8');
const seed = () => readFileSync('tests/fixtures/seed-zhangjiakou-2018.txt', 'utf8');
const data = (result: ImportResult) => parseNoticeFile(result.mdx).data as Record<string, any>;
/** The fields a person must still fill in: the paths the schema refuses. */
const todoFields = (result: ImportResult) => result.todo.map((line) => line.split('：')[0]);

describe('the seed notice, imported with --date 2018-07-21', () => {
  const result = importNotice(seed(), { date: '2018-07-21' });
  const published = parseNoticeFile(readFileSync(SEED_NOTICE, 'utf8'));

  test('yields exactly the published text', () => {
    expect(parseNoticeFile(result.mdx).body).toBe(published.body);
  });

  test('yields the published front-matter, field by field, but the team’s full name', () => {
    const imported = data(result);
    const expected = published.data as Record<string, any>;
    // The text says only "省委第九巡视组"; "河北" comes from outside it, so it is left to a person.
    expect(isPlaceholder(imported['team'].name)).toBe(true);
    expect(imported['team'].name).toContain('省委第九巡视组');
    for (const field of Object.keys(expected)) {
      if (field === 'team') continue;
      expect(imported[field], field).toEqual(expected[field]);
    }
    expect(imported['team'].leader).toBe(expected['team'].leader);
    expect(imported['team'].deputyLeaders).toEqual(expected['team'].deputyLeaders);
    expect(todoFields(result)).toEqual(['team.name']);
  });

  test('is the same notice when its own output is imported again', () => {
    const again = importNotice(result.mdx, { date: '2018-07-21' });
    expect(again.mdx).toBe(result.mdx);
  });

  test('gets a file name from the start date and the unit', () => {
    expect(result.slug).toBe('2018-07-21-zhangjiakou');
  });
});

describe('notices of the genre', () => {
  test('a city 巡察组 with a mobile as its duty phone, hours written 早…晚…', () => {
    const result = importNotice(raw('city-mobile-duty-phone'), { date: '2019-03-12' });
    const notice = data(result);
    expect(notice['team']).toEqual({
      name: '衡水市委第二巡察组',
      leader: '张建国',
      deputyLeaders: ['王芳', '赵刚'],
    });
    expect(notice['unit']).toBe('市教育局党组');
    expect(notice['period']).toEqual({ start: '2019-03-12', end: '2019-05-12' });
    expect(notice['meeting'].chair).toEqual({ name: '刘明', role: '市教育局党组书记、局长' });
    expect(notice['scope'].focus.name).toBe('四个落实');
    expect(notice['scope'].focus.items).toHaveLength(4);
    expect(notice['channels']).toEqual([
      {
        type: 'phone',
        numbers: ['13931812345'],
        hours: { days: 'daily', ranges: [{ from: '08:00', to: '20:00' }] },
      },
      { type: 'email', address: 'hssw2xcz@163.com' },
    ]);
    expect(result.todo).toEqual([]);
  });

  test('a county 巡察组 open on working days, morning and afternoon in 12-hour form', () => {
    const notice = data(importNotice(raw('county-workdays-split'), { date: '2020-04-08' }));
    // Without its 中共: one team, one name, whichever way a notice writes it.
    expect(notice['team'].name).toBe('故城县委第一巡察组');
    expect(notice['meeting'].speakers[0]).toEqual({
      name: '李春华',
      role: '县委第一巡察组组长',
      topic: '作动员讲话',
    });
    expect(notice['channels']).toEqual([
      {
        type: 'phone',
        numbers: ['0318-5321234'],
        hours: {
          days: 'workdays',
          ranges: [
            { from: '08:30', to: '12:00' },
            { from: '14:30', to: '17:30' },
          ],
        },
      },
      { type: 'postbox', box: '故城县第5号信箱', postcode: '253800' },
      { type: 'suggestionBox', locations: ['县卫生健康局办公楼一楼大厅'] },
    ]);
  });

  test('two landlines answered at the same hours, written with ∶ and ～', () => {
    const notice = data(importNotice(raw('two-landlines'), { date: '2021-05-10' }));
    expect(notice['channels'].map((channel: { type: string }) => channel.type)).toEqual([
      'phone',
      'sms',
      'email',
      'postbox',
    ]);
    expect(notice['channels'][0]).toEqual({
      type: 'phone',
      numbers: ['0319-2123456', '0319-2123457'],
      hours: { days: 'workdays', ranges: [{ from: '08:00', to: '18:00' }] },
    });
    expect(notice['channels'][1]).toEqual({ type: 'sms', number: '13803191234' });
  });

  test('a postal box in another city and without a postcode', () => {
    const result = importNotice(raw('postbox-other-city'), { date: '2019-03-15' });
    expect(data(result)['team'].name).toBe('河北省委第三巡视组');
    expect(data(result)['channels'][1]).toEqual({ type: 'postbox', box: '石家庄市A001号信箱' });
    // A notice that lists no focus items is published without them.
    expect(todoFields(result)).toEqual([]);
  });

  test('a last day for reports before the end of the period', () => {
    const result = importNotice(raw('reports-until'), { date: '2019-03-10' });
    expect(data(result)['period']).toEqual({
      start: '2019-03-10',
      end: '2019-05-10',
      reportsUntil: '2019-05-05',
    });
    expect(todoFields(result)).toEqual(['team.name']);
  });

  test('a Traditional source with pinyin readings gives the same notice as its Simplified original', () => {
    const traditional = importNotice(raw('traditional-pinyin'), { date: '2020-04-08' });
    const simplified = importNotice(raw('county-workdays-split'), { date: '2020-04-08' });
    expect(traditional.mdx).toBe(simplified.mdx);
  });

  test('a 巡察组 notice without a year needs --date, and takes the year from it', () => {
    expect(() => importNotice(raw('xuncha-no-year'))).toThrowErrorMatchingInlineSnapshot(
      `[Error: 公告中的日期“3月1日”没有写年份，请用 --date YYYY-MM-DD 给出发布日期，年份将取自它]`,
    );
    const notice = data(importNotice(raw('xuncha-no-year'), { date: '2023-03-01' }));
    expect(notice['period']).toEqual({ start: '2023-03-01', end: '2023-04-30' });
    expect(notice['channels'][1]).toEqual({
      type: 'suggestionBox',
      locations: ['县财政局一楼大厅', '县政务服务中心门口'],
    });
  });

  test('a period running into the next year ends in that year', () => {
    const text = raw('xuncha-no-year').replace('3月1日至4月30日', '11月20日至1月20日');
    const notice = data(importNotice(text, { date: '2023-11-20' }));
    expect(notice['period']).toEqual({ start: '2023-11-20', end: '2024-01-20' });
  });
});

describe('nothing is guessed', () => {
  test('what the text does not state and a notice cannot go without is a placeholder the schema refuses', () => {
    const text =
      '县委第一巡察组进驻县交通运输局开展巡察工作。巡察组主要受理反映县交通运输局领导班子问题的来信来电来访。';
    const result = importNotice(text, { date: '2024-05-06' });
    // Only what a notice cannot be published without: no meeting, leader or end is asked for.
    expect(todoFields(result)).toEqual(['title', 'team.name', 'period.start', 'channels']);
    expect(data(result)['unit']).toBe('县交通运输局');
  });
});

describe('hours that cannot be read without doubt', () => {
  test('are a placeholder quoting them, for a reception room as for a phone', () => {
    const text =
      '2024年5月6日，县委第一巡察组巡察县交通运输局党组工作动员会召开。巡察期间为5月6日至6月30日。接待室：县政务中心301室（每天上午9时至上午12时）。';
    const result = importNotice(text, { date: '2024-05-06', place: '安乡县' });
    expect(data(result)['channels'][0]).toMatchObject({ type: 'reception', place: '县政务中心301室' });
    expect(data(result)['channels'][0].hours.words).toContain('原文为“每天上午9时至上午12时”');
    expect(todoFields(result)).toEqual(['channels.0.hours.words']);
  });
});

describe('hostile input', () => {
  test('MDX and Markdown syntax in the text comes out escaped, as literal text', () => {
    const { mdx } = importNotice(raw('mdx-syntax'), { date: '2022-06-01' });
    const { body } = parseNoticeFile(mdx);
    expect(body).not.toMatch(/^(import|export)\b/m);
    expect(body).toContain('&#105;mport fs from');
    expect(body).toContain('&#101;xport const leaked');
    expect(body).toContain('\\{leaked\\}和\\<script\\>alert（1）\\</script\\>');
    expect(body).toContain('1\\.这一行');
  });

  test('an empty file is refused', () => {
    expect(() => decodeRaw(new Uint8Array())).toThrow('文件是空的');
    expect(() => decodeRaw(new TextEncoder().encode(' \n\n'))).toThrow('文件是空的');
  });

  test('a binary file is refused', () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, index) => (index * 37) % 256);
    expect(() => decodeRaw(bytes)).toThrow('这不是文本文件');
  });

  test('a notice saved as GB18030 is read', () => {
    const gb = Uint8Array.from([0xd1, 0xb2, 0xb2, 0xec, 0xd7, 0xe9]); // 巡察组
    expect(decodeRaw(gb)).toBe('巡察组');
  });

  test('a text that is not a notice is refused', () => {
    expect(() => importNotice(raw('not-a-notice'))).toThrow(ImportError);
    expect(() => importNotice(raw('not-a-notice'))).toThrow('这不像是巡视巡察公告');
  });

  test('an impossible --date is refused', () => {
    expect(() => importNotice(seed(), { date: '2018-02-30' })).toThrow(
      '--date 应为 YYYY-MM-DD 格式的真实日期',
    );
  });
});

describe('the source a release names in its page header', () => {
  /** An invented release: a header line, then a short notice. */
  const release = (header: string) =>
    [
      '市委第二巡察组进驻市档案馆开展巡察',
      header,
      '3月4日，市委第二巡察组进驻市档案馆开展巡察。巡察期间设值班电话：0799-5556677。',
    ].join('\n');

  test('proposes the publisher, the day and the address, and takes the day as the publication day', () => {
    const result = importNotice(
      release('发布时间：2026年3月5日 来源：枫溪市纪委监委网站 原文链接：https://jw.fengxi.example/a/1.html'),
    );
    expect(data(result)['source']).toEqual({
      publisher: '枫溪市纪委监委网站',
      url: 'https://jw.fengxi.example/a/1.html',
      published: '2026-03-05',
    });
    expect(data(result)['published']).toBe('2026-03-05');
    // The header itself is page chrome, not the notice's text.
    expect(parseNoticeFile(result.mdx).body).not.toContain('来源');
  });

  test('leaves the publisher to a person when the header gives only a day, and --date wins', () => {
    const result = importNotice(release('发布日期：2026-03-05'), { date: '2026-03-04' });
    expect(isPlaceholder(data(result)['source'].publisher)).toBe(true);
    expect(data(result)['source'].published).toBe('2026-03-05');
    expect(data(result)['published']).toBe('2026-03-04');
    expect(todoFields(result)).toContain('source.publisher');
  });

  test('proposes no source when the release names none, and no day that cannot be', () => {
    expect(data(importNotice(release(''), { date: '2026-03-04' }))['source']).toBeUndefined();
    const slip = importNotice(release('发布时间：2026-02-30 来源：枫溪市纪委监委网站'), {
      date: '2026-03-04',
    });
    expect(data(slip)['source']).toEqual({ publisher: '枫溪市纪委监委网站' });
  });
});
