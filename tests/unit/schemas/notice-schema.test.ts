import { describe, expect, test } from 'vitest';
import { noticeSchema } from '../../../src/schemas/notice.ts';
import { asStay, readNotice, SEED_NOTICE } from '../../helpers/notices.ts';

const seed = () => structuredClone(readNotice(SEED_NOTICE).data) as Record<string, any>;

/** The issues for the seed's front-matter after `change`, one "path: message" line each. */
function issues(change: (data: Record<string, any>) => void): string[] {
  const data = seed();
  change(data);
  const result = noticeSchema().safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the seed notice', () => {
  test('passes the schema and keeps its values exactly', () => {
    const notice = asStay(noticeSchema().parse(seed()));
    expect(notice.team).toEqual({
      name: '河北省委第九巡视组',
      leader: '李寿松',
      deputyLeaders: ['徐利', '白振平', '李军'],
    });
    expect(notice.period).toEqual({ start: '2018-07-21', end: '2018-09-30' });
    expect(notice.otherUnits).toEqual([
      { name: '宣化区', meetingDate: '2018-07-20' },
      { name: '沽源县', meetingDate: '2018-07-20' },
    ]);
    expect(notice.channels).toEqual([
      {
        type: 'phone',
        numbers: ['0313-2568718'],
        hours: { days: 'daily', ranges: [{ from: '08:00', to: '20:00' }] },
      },
      { type: 'postbox', box: '张家口018信箱', postcode: '075000' },
      { type: 'sms', number: '18830681009' },
      { type: 'email', address: 'hbswxsz09@hebei.gov.cn' },
      { type: 'suggestionBox', locations: ['市政府大楼南楼南门', '市政府大楼北楼北门', '奥霏斯酒店门口'] },
    ]);
    expect(notice.scope?.focus?.items).toHaveLength(7);
  });
});

describe('structure', () => {
  test('a misspelt field is refused, naming it and the allowed ones', () => {
    expect(issues((d) => (d['team'].leadr = '李寿松'))).toMatchInlineSnapshot(`
      [
        "team: 不认识的字段 "leadr"（请检查拼写），这里允许的字段为：name、leader、deputyLeaders",
      ]
    `);
  });

  test('an unknown top-level field is refused', () => {
    expect(issues((d) => (d['summary'] = '…'))).toMatchInlineSnapshot(`
      [
        ": 不认识的字段 "summary"（请检查拼写），这里允许的字段为：kind、title、published、source、team、unit、inspection、release、corrections、otherUnits、round、period、meeting、scope、channels、supervision",
      ]
    `);
  });

  test('a missing field says what belongs there', () => {
    expect(issues((d) => delete d['team'].name)).toMatchInlineSnapshot(`
      [
        "team.name: 缺少必填字段，应为巡视组的全称，如 "河北省委第九巡视组"",
      ]
    `);
  });

  test('an empty text is refused', () => {
    expect(issues((d) => (d['title'] = '  '))).toMatchInlineSnapshot(`
      [
        "title: 不能为空，应为通知的标题",
      ]
    `);
  });

  test('a value of the wrong kind is refused, showing what came', () => {
    expect(issues((d) => (d['unit'] = ['张家口市']))).toMatchInlineSnapshot(`
      [
        "unit: 收到一个列表（1 项），应为被巡视单位的名称，如 "张家口市"",
      ]
    `);
  });

  test('a list that must hold something cannot be empty', () => {
    expect(issues((d) => (d['channels'] = []))).toMatchInlineSnapshot(`
      [
        "channels: 列表不能为空：收到 0 项，应至少有 1 项联系方式",
      ]
    `);
  });
});

describe('dates', () => {
  test('an impossible day is refused, saying how long the month is', () => {
    expect(issues((d) => (d['period'].end = '2018-09-31'))).toMatchInlineSnapshot(`
      [
        "period.end: 收到 "2018-09-31"，应为真实的日期：2018 年 9 月只有 30 天",
      ]
    `);
  });

  test('29 February exists only in leap years', () => {
    expect(issues((d) => (d['published'] = '2020-02-29'))).toEqual([]);
    expect(issues((d) => (d['published'] = '2019-02-29'))).toMatchInlineSnapshot(`
      [
        "published: 收到 "2019-02-29"，应为真实的日期：2019 年 2 月只有 28 天",
      ]
    `);
  });

  test('a month that does not exist is refused', () => {
    expect(issues((d) => (d['meeting'].date = '2018-13-01'))).toMatchInlineSnapshot(`
      [
        "meeting.date: 收到 "2018-13-01"，应为真实的日期：没有 13 月，月份应在 01 到 12 之间",
      ]
    `);
  });

  test('a date in another format is refused', () => {
    expect(issues((d) => (d['published'] = '2018/7/21'))).toMatchInlineSnapshot(`
      [
        "published: 收到 "2018/7/21"，应为 YYYY-MM-DD 格式的日期，如 "2018-07-21"",
      ]
    `);
  });

  test('an unquoted date, which YAML has already rolled over, is refused and the rollover shown', () => {
    // What Astro's YAML makes of an unquoted 2018-09-31.
    expect(issues((d) => (d['period'].end = new Date(Date.UTC(2018, 8, 31))))).toMatchInlineSnapshot(`
      [
        "period.end: 收到未加引号的日期（已被读作 2018-10-01），应为带引号的日期，如 "2018-07-21"",
      ]
    `);
  });

  test('the period cannot end before it starts', () => {
    expect(issues((d) => (d['period'].end = '2018-07-20'))).toMatchInlineSnapshot(`
      [
        "period.end: 结束日期 2018年7月20日 早于开始日期 2018年7月21日，应不早于开始日期",
      ]
    `);
  });

  test('a one-day period is allowed', () => {
    expect(issues((d) => (d['period'].end = '2018-07-21'))).toEqual([]);
  });

  test('the last day for reports must fall inside the period', () => {
    expect(issues((d) => (d['period'].reportsUntil = '2018-09-20'))).toEqual([]);
    expect(issues((d) => (d['period'].reportsUntil = '2018-10-01'))).toMatchInlineSnapshot(`
      [
        "period.reportsUntil: 受理截止日期 2018年10月1日 不在巡视期间内，应在 2018年7月21日 至 2018年9月30日 之间",
      ]
    `);
    expect(issues((d) => (d['period'].reportsUntil = '2018-07-20'))).toHaveLength(1);
  });

  test('a broken start date is reported once, without a misleading comparison', () => {
    expect(issues((d) => (d['period'].start = '2018-02-30'))).toMatchInlineSnapshot(`
      [
        "period.start: 收到 "2018-02-30"，应为真实的日期：2018 年 2 月只有 28 天",
      ]
    `);
  });
});

describe('channels', () => {
  const phone = (d: Record<string, any>) => d['channels'][0];

  test('a duty phone may be a landline or a mobile', () => {
    expect(issues((d) => (phone(d).numbers = ['010-12345678', '18830681009']))).toEqual([]);
  });

  test('a malformed phone number is refused', () => {
    expect(issues((d) => (phone(d).numbers = ['0313-256871']))).toMatchInlineSnapshot(`
      [
        "channels.0.numbers.0: 收到 "0313-256871"，应为带区号的固定电话（如 "0313-2568718"）或 11 位手机号码（如 "18830681009"）",
      ]
    `);
  });

  test('a number YAML read as a number is refused with a hint to quote it', () => {
    expect(issues((d) => (d['channels'][2].number = 18830681009))).toMatchInlineSnapshot(`
      [
        "channels.2.number: 收到数字 18830681009，应为带引号的手机号码，如 "18830681009"",
      ]
    `);
  });

  test('an SMS number must be a mobile', () => {
    expect(issues((d) => (d['channels'][2].number = '0313-2568718'))).toMatchInlineSnapshot(`
      [
        "channels.2.number: 收到 "0313-2568718"，应为 11 位手机号码（如 "18830681009"）：这是固定电话，收不到短信",
      ]
    `);
  });

  test('an e-mail address must be one', () => {
    expect(issues((d) => (d['channels'][3].address = 'hbswxsz09@hebei'))).toMatchInlineSnapshot(`
      [
        "channels.3.address: 收到 "hbswxsz09@hebei"，应为有效的电子邮箱地址，如 "hbswxsz09@hebei.gov.cn"",
      ]
    `);
  });

  test('a postcode has six digits, and keeps its leading zero only when quoted', () => {
    expect(issues((d) => (d['channels'][1].postcode = '07500'))).toMatchInlineSnapshot(`
      [
        "channels.1.postcode: 收到 "07500"，应为 6 位数字的邮政编码，如 "075000"",
      ]
    `);
    expect(issues((d) => (d['channels'][1].postcode = 75000))).toMatchInlineSnapshot(`
      [
        "channels.1.postcode: 收到数字 75000，应为带引号的 6 位邮政编码，如 "075000"",
      ]
    `);
  });

  test('a postal box may have no postcode', () => {
    expect(issues((d) => delete d['channels'][1].postcode)).toEqual([]);
  });

  test('times are HH:MM', () => {
    expect(issues((d) => (phone(d).hours.ranges[0].from = '8:00'))).toMatchInlineSnapshot(`
      [
        "channels.0.hours.ranges.0.from: 收到 "8:00"，应为 HH:MM 格式的时间（24 小时制，如 "08:00"、"17:30"）",
      ]
    `);
    expect(issues((d) => (phone(d).hours.ranges[0].to = '24:30'))).toMatchInlineSnapshot(`
      [
        "channels.0.hours.ranges.0.to: 收到 "24:30"，应为 00:00 到 24:00 之间的真实时间，如 "17:30"",
      ]
    `);
  });

  test('a time range must end after it starts', () => {
    expect(issues((d) => (phone(d).hours.ranges[0] = { from: '20:00', to: '08:00' }))).toMatchInlineSnapshot(`
      [
        "channels.0.hours.ranges.0.to: 结束时间 8:00 不晚于开始时间 20:00，应晚于开始时间",
      ]
    `);
  });

  test('working-day hours may be split into morning and afternoon, in order and apart', () => {
    const split = [
      { from: '08:30', to: '12:00' },
      { from: '14:30', to: '17:30' },
    ];
    expect(issues((d) => (phone(d).hours = { days: 'workdays', ranges: split }))).toEqual([]);
    expect(issues((d) => (phone(d).hours = { days: 'workdays', ranges: [...split].reverse() })))
      .toMatchInlineSnapshot(`
      [
        "channels.0.hours.ranges.1.from: 时段 8:30 开始时，上一个时段（到 17:30）还没有结束，时段应按时间先后排列且互不重叠",
      ]
    `);
  });

  test('a placeholder left by the import command is refused, whatever the field', () => {
    expect(issues((d) => (d['team'].name = '【待填写：巡视组全称】'))).toMatchInlineSnapshot(`
      [
        "team.name: 这里还是导入时留下的占位内容 "【待填写：巡视组全称】"，请按公告原文填写",
      ]
    `);
    expect(issues((d) => (phone(d).hours.days = '【待填写：daily 或 workdays】'))).toMatchInlineSnapshot(`
      [
        "channels.0.hours.days: 这里还是导入时留下的占位内容 "【待填写：daily 或 workdays】"，请按公告原文填写",
      ]
    `);
  });

  test('the days rule is daily or workdays', () => {
    expect(issues((d) => (phone(d).hours.days = 'weekdays'))).toMatchInlineSnapshot(`
      [
        "channels.0.hours.days: 收到 "weekdays"，应为 daily（每天） 或 workdays（工作日）",
      ]
    `);
  });

  test('an unknown channel type is refused, listing the known ones', () => {
    expect(issues((d) => d['channels'].push({ type: 'fax', number: '0313-2568719' }))).toMatchInlineSnapshot(`
      [
        "channels.5.type: 收到 "fax"，应为 phone（值班电话）、mobile（手机）、sms（短信）、email（电子邮箱）、postbox（邮政信箱）、letter（来信地址）、reception（来访接待）、suggestionBox（意见箱）、online（网络平台）之一：没有这种联系方式",
      ]
    `);
    expect(issues((d) => d['channels'].push({ number: '0313-2568719' }))).toMatchInlineSnapshot(`
      [
        "channels.5.type: 缺少字段 type，应为 phone（值班电话）、mobile（手机）、sms（短信）、email（电子邮箱）、postbox（邮政信箱）、letter（来信地址）、reception（来访接待）、suggestionBox（意见箱）、online（网络平台）之一",
      ]
    `);
  });

  test('a field of another channel type is refused', () => {
    expect(issues((d) => (d['channels'][2].hours = phone(d).hours))).toMatchInlineSnapshot(`
      [
        "channels.2: 不认识的字段 "hours"（请检查拼写），这里允许的字段为：type、number",
      ]
    `);
  });
});

describe('the source of a notice', () => {
  test('keeps the publisher, the original’s address and day', () => {
    const notice = noticeSchema().parse({
      ...seed(),
      source: {
        publisher: '某某市纪委监委网站',
        url: 'https://jw.example.cn/a/1.html',
        published: '2018-07-21',
      },
    });
    expect(notice.source).toEqual({
      publisher: '某某市纪委监委网站',
      url: 'https://jw.example.cn/a/1.html',
      published: '2018-07-21',
    });
  });

  test('refuses an address that is not a web address, an impossible day and a source without publisher', () => {
    expect(
      issues((data) => {
        data.source = { url: 'jw.example.cn/a/1.html', published: '2018-09-31' };
      }),
    ).toEqual([
      'source.publisher: 缺少必填字段，应为原公告的发布单位，如 "中共某某市纪委监委网站"',
      'source.url: 收到 "jw.example.cn/a/1.html"，应为以 https:// 或 http:// 开头的网址',
      'source.published: 收到 "2018-09-31"，应为真实的日期：2018 年 9 月只有 30 天',
    ]);
  });
});
