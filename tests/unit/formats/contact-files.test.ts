import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { contactText, copyValues } from '../../../src/formats/contact.ts';
import { noticeCalendar } from '../../../src/formats/ical.ts';
import { noticeVCard } from '../../../src/formats/vcard.ts';
import { noticeSchema, type Notice } from '../../../src/schemas/notice.ts';
import { asStay, readNotice, SEED_NOTICE } from '../../helpers/notices.ts';

const seed = () => asStay(noticeSchema().parse(readNotice(SEED_NOTICE).data));

describe('copy values', () => {
  test('are exactly the values, and an envelope line for the postal box', () => {
    expect(seed().channels.map(copyValues)).toEqual([
      ['0313-2568718'],
      ['张家口018信箱（邮编：075000）'],
      ['18830681009'],
      ['hbswxsz09@hebei.gov.cn'],
      ['市政府大楼南楼南门、市政府大楼北楼北门、奥霏斯酒店门口'],
    ]);
  });

  test('copy-all holds the team, the period, every channel with its hours and the accepted-reports rule', () => {
    expect(contactText(seed())).toMatchInlineSnapshot(`
      "河北省委第九巡视组（巡视张家口市）
      巡视期间：2018年7月21日至9月30日
      值班电话：0313-2568718（每天 8:00 至 20:00，北京时间）
      邮政信箱：张家口018信箱（邮编：075000）
      短信：18830681009（只接收短信，不接听电话）
      电子邮箱：hbswxsz09@hebei.gov.cn
      意见箱：设在市政府大楼南楼南门、市政府大楼北楼北门、奥霏斯酒店门口
      受理范围：巡视组主要受理反映张家口市领导班子及其成员，市法院、检察院党组主要负责人，下一级党组织领导班子主要负责人和重要岗位党员领导干部问题的来信来电来访，重点是关于违反政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律等方面举报和反映。"
    `);
  });
});

describe('content lines', () => {
  test('are at most 75 octets, folded without splitting a Chinese character, and end in CRLF', () => {
    const notice = seed();
    notice.unit = '巡视'.repeat(40);
    for (const file of [noticeVCard(notice), noticeCalendar('x', notice)]) {
      expect(file.endsWith('END:VCARD\r\n') || file.endsWith('END:VCALENDAR\r\n')).toBe(true);
      const lines = file.slice(0, -2).split('\r\n');
      for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(lines.some((line) => line.startsWith(' '))).toBe(true);
      expect(file).not.toContain('\uFFFD');
      expect(lines.join('\r\n').replace(/\r\n /g, '')).toContain('巡视'.repeat(40));
    }
  });
});

describe('the vCard', () => {
  const card = new ICAL.Component(ICAL.parse(noticeVCard(seed())) as unknown[]);

  test('is version 3.0 with the team as name and organisation', () => {
    expect(card.name).toBe('vcard');
    expect(card.getFirstPropertyValue('version')).toBe('3.0');
    expect(card.getFirstPropertyValue('fn')).toBe('河北省委第九巡视组');
    expect(card.getFirstPropertyValue('org')).toBe('河北省委第九巡视组');
  });

  test('holds the duty phone for calls and the SMS-only mobile marked for messages', () => {
    const phones = card.getAllProperties('tel').map((property) => ({
      value: property.getFirstValue(),
      type: property.getParameter('type'),
    }));
    expect(phones).toEqual([
      { value: '+863132568718', type: ['WORK', 'VOICE'] },
      { value: '+8618830681009', type: ['CELL', 'MSG'] },
    ]);
  });

  test('holds the e-mail and the postal box with its postcode', () => {
    expect(card.getFirstPropertyValue('email')).toBe('hbswxsz09@hebei.gov.cn');
    expect(card.getFirstPropertyValue('adr')).toEqual(['张家口018信箱', '', '', '', '', '075000', '中国']);
  });

  test('notes the period, the hours and that the mobile takes messages only', () => {
    const note = String(card.getFirstPropertyValue('note'));
    expect(note).toContain('巡视期间：2018年7月21日至9月30日');
    expect(note).toContain('值班电话：0313-2568718（每天 8:00 至 20:00，北京时间）');
    expect(note).toContain('18830681009（只接收短信，不接听电话）');
    expect(note).toContain('\n');
  });
});

describe('the iCalendar file', () => {
  const calendar = (notice: Notice) =>
    new ICAL.Component(ICAL.parse(noticeCalendar('x', notice)) as unknown[]);

  test('holds the period as an all-day event whose end is the day after the last', () => {
    const [event, ...others] = calendar(seed()).getAllSubcomponents('vevent');
    expect(others).toHaveLength(0);
    const period = new ICAL.Event(event);
    expect(period.startDate.isDate).toBe(true);
    expect(period.startDate.toString()).toBe('2018-07-21');
    expect(period.endDate.toString()).toBe('2018-10-01');
    expect(period.summary).toBe('河北省委第九巡视组巡视张家口市');
    expect(period.description).toContain('0313-2568718');
    expect(period.uid).toBe('x.period@xunshi-notices');
  });

  test('adds the last day for reports when it comes before the end', () => {
    const notice = seed();
    notice.period.reportsUntil = '2018-09-20';
    const events = calendar(notice)
      .getAllSubcomponents('vevent')
      .map((event) => new ICAL.Event(event));
    expect(events.map((event) => [event.startDate.toString(), event.endDate.toString()])).toEqual([
      ['2018-07-21', '2018-10-01'],
      ['2018-09-20', '2018-09-21'],
    ]);
    expect(events[1]?.summary).toContain('受理反映最后一天');
  });

  test('is the same on every build', () => {
    expect(noticeCalendar('x', seed())).toBe(noticeCalendar('x', seed()));
    expect(noticeCalendar('x', seed())).toContain('DTSTAMP:20180721T000000Z');
  });
});
