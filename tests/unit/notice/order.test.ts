import { expect, test } from 'vitest';
import { channelNames } from '../../../src/formats/contact.ts';
import { sortNewestFirst, teamToUnit } from '../../../src/notice/order.ts';

const notice = (id: string, day: string, published: string) => ({
  id,
  data: { published, day },
});

test('notices are ordered newest first by the day of their stage, then publication day, then id', () => {
  const sorted = sortNewestFirst([
    notice('b', '2018-07-21', '2018-07-21'),
    notice('old', '2017-03-01', '2017-03-01'),
    notice('a', '2018-07-21', '2018-07-21'),
    notice('later-news', '2018-07-21', '2018-07-22'),
    notice('new', '2019-04-01', '2019-04-01'),
  ]);
  expect(sorted.map((n) => n.id)).toEqual(['new', 'later-news', 'a', 'b', 'old']);
});

test('sorting leaves the input as it was', () => {
  const input = [notice('a', '2017-01-01', '2017-01-01'), notice('b', '2018-01-01', '2018-01-01')];
  sortNewestFirst(input);
  expect(input.map((n) => n.id)).toEqual(['a', 'b']);
});

test('a notice is named by its team and the unit it inspects', () => {
  expect(teamToUnit({ team: { name: '河北省委第九巡视组' }, unit: '张家口市' })).toBe(
    '河北省委第九巡视组 → 张家口市',
  );
});

test('channel names are listed once each, in order', () => {
  expect(channelNames([{ type: 'phone' }, { type: 'phone' }, { type: 'sms' }, { type: 'email' }])).toBe(
    '值班电话、短信、电子邮箱',
  );
});
