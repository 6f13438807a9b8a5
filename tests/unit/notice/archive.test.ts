import { describe, expect, test } from 'vitest';
import { groupBy, groupByYear, pageParam, paginate } from '../../../src/notice/archive.ts';
import { teamPath, unitPath } from '../../../src/notice/urls.ts';
import { generateNotices } from '../../../tools/generate-notices.ts';
import { parseNoticeFile } from '../../../src/content/notice-file.ts';
import { isStay, listingOf, noticeSchema } from '../../../src/schemas/notice.ts';
import { NOTICE_KINDS } from '../../../src/schemas/kind.ts';
import { inspections } from '../../../src/notice/inspection.ts';
import { linkProblems } from '../../../src/content/inspections.ts';
import { rounds } from '../../../src/formats/rounds.ts';
import { CHANNEL_TYPES } from '../../../src/schemas/channel.ts';

const notice = (id: string, day: string) => ({ id, data: { day } });

describe('paging', () => {
  test('50 to a page; page 1 at the base address, then /page/N/', () => {
    const pages = paginate(
      Array.from({ length: 101 }, (_, index) => index),
      '/',
    );
    expect(pages.map((page) => [page.path, page.items.length, page.previous, page.next])).toEqual([
      ['/', 50, undefined, '/page/2/'],
      ['/page/2/', 50, '/', '/page/3/'],
      ['/page/3/', 1, '/page/2/', undefined],
    ]);
    expect(pages.map((page) => pageParam(page.number))).toEqual([undefined, 'page/2', 'page/3']);
  });

  test('exactly 50 make one page, and an empty list still has its page', () => {
    expect(paginate(Array.from({ length: 50 }), '/')).toHaveLength(1);
    expect(paginate([], '/teams/x/')).toEqual([
      { number: 1, count: 1, items: [], path: '/teams/x/', previous: undefined, next: undefined },
    ]);
  });
});

describe('grouping', () => {
  test('by year, keeping the order given', () => {
    const groups = groupByYear([
      notice('a', '2019-03-01'),
      notice('b', '2019-01-01'),
      notice('c', '2018-12-31'),
    ]);
    expect(groups.map((group) => [group.year, group.notices.map((n) => n.id)])).toEqual([
      ['2019', ['a', 'b']],
      ['2018', ['c']],
    ]);
  });

  test('by team or unit, in Chinese order', () => {
    const groups = groupBy(['张家口市', '保定市', '张家口市', '承德市'], (name) => name);
    expect(groups.map((group) => [group.name, group.items.length])).toEqual([
      ['保定市', 1],
      ['承德市', 1],
      ['张家口市', 2],
    ]);
  });

  test('team and unit pages have Chinese addresses, encoded', () => {
    expect(teamPath('河北省委第九巡视组')).toBe(`/teams/${encodeURIComponent('河北省委第九巡视组')}/`);
    expect(decodeURIComponent(unitPath('张家口市'))).toBe('/units/张家口市/');
  });
});

describe('generated notices', () => {
  test('are valid, varied and the same for the same seed', () => {
    const notices = generateNotices(3, 60);
    expect(generateNotices(3, 60)).toEqual(notices);
    expect(new Set(notices.map((n) => n.id)).size).toBe(60);
    const all = notices.map((n) => noticeSchema().parse(parseNoticeFile(n.source).data));
    const data = all.filter(isStay);
    expect(new Set(data.map((d) => d.team.name)).size).toBeGreaterThan(20);
    expect(
      new Set(data.flatMap((d) => (d.channels[0]?.type === 'phone' && d.channels[0].hours?.days) || [])),
    ).toEqual(new Set(['daily', 'workdays']));
    // A meeting report is as long as a real one; an announcement is a few lines, as real ones are.
    const lengths = notices
      .filter((_, i) => isStay(all[i]!) && all[i].meeting)
      .map((n) => parseNoticeFile(n.source).body.length);
    expect(Math.min(...lengths)).toBeGreaterThan(800);
  });
});

describe('the generated archive', () => {
  test('holds whole inspections of every stage, linked soundly, and rounds of several teams', () => {
    const notices = generateNotices(7, 300).map((n) => ({
      id: n.id,
      data: listingOf(noticeSchema().parse(parseNoticeFile(n.source).data)),
    }));
    expect(new Set(notices.map((n) => n.data.kind))).toEqual(new Set(NOTICE_KINDS));
    const groups = [...inspections(notices).values()];
    expect(groups.filter((group) => group.length > 1).length).toBeGreaterThanOrEqual(10);
    expect(groups.some((group) => new Set(group.map((n) => n.data.kind)).size === 5)).toBe(true);
    expect(linkProblems(notices)).toEqual([]);
    expect(rounds(notices).some((round) => round.rows.length > 1)).toBe(true);
  });

  test('holds every channel type, notices without a meeting, leader or end, several units, and releases', () => {
    const data = generateNotices(7, 300)
      .map((n) => noticeSchema().parse(parseNoticeFile(n.source).data))
      .filter(isStay);
    const types = new Set(data.flatMap((d) => d.channels.map((channel) => channel.type)));
    expect([...types].sort()).toEqual([...CHANNEL_TYPES].sort());
    expect(data.some((d) => !d.meeting && !d.team.leader && !d.scope)).toBe(true);
    expect(data.some((d) => !d.period.end && d.period.duration)).toBe(true);
    expect(data.some((d) => d.otherUnits.length > 1)).toBe(true);
    expect(data.some((d) => d.supervision?.length)).toBe(true);
    const releases = data.flatMap((d) => (d.release ? [d.release] : []));
    expect(releases.length).toBeGreaterThan(new Set(releases).size);
  });
});
