import { describe, expect, test } from 'vitest';
import { channelLine, contactText, formatHours } from '../../../src/formats/contact.ts';
import { noticeCalendar } from '../../../src/formats/ical.ts';
import { noticeJsonLd } from '../../../src/formats/json-ld.ts';
import { noticeVCard } from '../../../src/formats/vcard.ts';
import { formatPeriod, reportWindow } from '../../../src/notice/period.ts';
import { channelSchema } from '../../../src/schemas/channel.ts';
import { hoursSchema } from '../../../src/schemas/hours.ts';
import { noticeSchema, type StayNotice } from '../../../src/schemas/notice.ts';
import { asStay } from '../../helpers/notices.ts';

/** An announcement as many real ones are: no meeting, leader, scope or end; channels the first notice never had. */
const announcement = (): StayNotice =>
  asStay(
    noticeSchema().parse({
      title: '县委第二巡察组巡察公告',
      published: '2024-04-08',
      team: { name: '清苑县委第二巡察组' },
      unit: '县发展和改革局',
      otherUnits: [{ name: '县教育局' }],
      period: { start: '2024-04-08', duration: '约1个月' },
      channels: [
        { type: 'phone', numbers: ['0312-7716208'], hours: { words: '工作日的上班时间' } },
        { type: 'mobile', number: '15931270416', hours: { days: 'daily', allDay: true } },
        { type: 'letter', address: '清苑县建设路12号县委巡察办', postcode: '071100', note: '以邮戳日期为准' },
        { type: 'reception', place: '县政务中心三楼301室' },
        { type: 'online', name: '县纪委网站“巡察举报”栏目', url: 'https://jw.example.cn/xc' },
      ],
      supervision: [{ numbers: ['0312-7716209'] }],
    }),
  );

describe('hours', () => {
  test('read as times, all day, or the notice’s own words', () => {
    expect(formatHours({ days: 'workdays', ranges: [{ from: '08:30', to: '12:00' }] })).toBe(
      '工作日 8:30 至 12:00',
    );
    expect(formatHours({ days: 'daily', allDay: true })).toBe('每天 24 小时');
    expect(formatHours({ words: '工作日的上班时间' })).toBe('工作日的上班时间');
  });

  test('take exactly one form, and say so in Chinese', () => {
    const messages = (value: unknown) =>
      hoursSchema()
        .safeParse(value)
        .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages({ words: '上班时间', days: 'daily' })).toEqual([
      'days: 已用 words 写了受理时间的原文，不要再写 days：三种写法（时段、全天、原文）只选一种',
    ]);
    expect(messages({ days: 'daily' })?.[0]).toMatch(/^ranges: 缺少必填字段，应为时段的列表.*allDay: true/);
    expect(messages({ days: 'daily', allDay: true, ranges: [{ from: '08:00', to: '09:00' }] })?.[0]).toMatch(
      /^ranges: 已写 allDay: true/,
    );
    expect(messages({ ranges: [{ from: '08:00', to: '09:00' }] })?.[0]).toMatch(/^days: 缺少必填字段/);
  });
});

describe('a notice with only what every notice states, and every other channel type', () => {
  test('each channel reads as a line, with its hours or its rule', () => {
    expect(announcement().channels.map(channelLine)).toEqual([
      '值班电话：0312-7716208（工作日的上班时间）',
      '手机：15931270416（可打电话、发短信，每天 24 小时，北京时间）',
      '来信地址：清苑县建设路12号县委巡察办（邮编：071100）（以邮戳日期为准）',
      '来访接待：县政务中心三楼301室',
      '网络平台：县纪委网站“巡察举报”栏目，https://jw.example.cn/xc',
    ]);
  });

  test('its period is the first day and the length in words, with no window to claim a state from', () => {
    expect(formatPeriod(announcement().period)).toBe('2024年4月8日起，为期约1个月');
    expect(reportWindow(announcement().period)).toBeUndefined();
    expect(contactText(announcement())).not.toMatch(/受理范围|undefined/);
  });

  test('its contact card calls and texts the mobile, addresses letters and links the platform; its note names the supervision phone', () => {
    // Unfolded: long lines are folded at 75 octets.
    const card = noticeVCard(announcement()).replace(/\r\n /g, '');
    expect(card).toMatch(/^TEL;TYPE=CELL,VOICE,MSG:\+8615931270416\r$/m);
    expect(card).toMatch(/^ADR;TYPE=WORK,POSTAL:;;清苑县建设路12号县委巡察办;;;071100;中国\r$/m);
    expect(card).toMatch(/^URL:https:\/\/jw\.example\.cn\/xc\r$/m);
    expect(card).toContain('监督电话（反映巡视组自身问题）：0312-7716209');
  });

  test('its JSON-LD has no meeting event, no description, and no opening hours from words', () => {
    const graph = noticeJsonLd('x', announcement(), 'https://example.cn')['@graph'] as Record<string, any>[];
    expect(graph.map((node) => node['@type'])).toEqual([
      'Article',
      'GovernmentOrganization',
      'GovernmentService',
    ]);
    expect(graph[2]).not.toHaveProperty('description');
    const points = graph[1]!['contactPoint'] as Record<string, unknown>[];
    expect(points[0]).not.toHaveProperty('hoursAvailable');
    expect(points[1]).toMatchObject({ contactType: '手机（可打电话、发短信）', telephone: '+8615931270416' });
    expect(graph[2]!['availableChannel']).toMatchObject({
      servicePostalAddress: { streetAddress: '清苑县建设路12号县委巡察办', postalCode: '071100' },
      serviceLocation: { name: '县政务中心三楼301室' },
    });
  });

  test('its calendar holds the first day alone, since the last is not known', () => {
    const calendar = noticeCalendar('x', announcement());
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(calendar).toMatch(/^DTSTART;VALUE=DATE:20240408\r$/m);
    expect(calendar).toMatch(/^DTEND;VALUE=DATE:20240409\r$/m);
    expect(calendar.replace(/\r\n /g, '')).toContain(
      'SUMMARY:清苑县委第二巡察组巡察县发展和改革局开始（2024年4月8日起，为期约1个月）',
    );
  });

  test('a web address must be one', () => {
    const issue = channelSchema().safeParse({ type: 'online', name: '网站', url: 'jw.example.cn' }).error
      ?.issues[0];
    expect(issue?.message).toBe('收到 "jw.example.cn"，应为以 https:// 或 http:// 开头的网址');
  });
});
