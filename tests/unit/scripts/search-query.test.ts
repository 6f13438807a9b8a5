import { expect, test } from 'vitest';
import {
  HEADLINE_MIN_HAN,
  readsLikeHeadline,
  searchAddress,
  searchRequest,
} from '../../../src/scripts/search-query.ts';

test('a headline, or a long part of one, goes to the headlines first; names, places, teams, numbers and addresses of mail do not', () => {
  for (const query of [
    '河北省委第九巡视组进驻张家口市开展巡视工作动员会召开',
    '省委第九巡视组进驻张家口市',
    '十二届省委第五轮巡视完成进驻',
    '省委第九巡视组 张家口市 动员会',
  ])
    expect(readsLikeHeadline(query), query).toBe(true);
  for (const query of [
    '李寿松',
    '张家口',
    '河北省委第九巡视组',
    '张家口市委第十二巡察组',
    '0313-8012345',
    'xsz9@example.cn',
    '018信箱',
    '',
  ])
    expect(readsLikeHeadline(query), query).toBe(false);
  // Counted in Chinese characters, whatever else the query holds.
  expect(readsLikeHeadline('一'.repeat(HEADLINE_MIN_HAN - 1) + ' 2018 ABC')).toBe(false);
  expect(readsLikeHeadline('一'.repeat(HEADLINE_MIN_HAN))).toBe(true);
});

test('a search address keeps the query and whether every part of the notices was asked, and reads back the same', () => {
  expect(searchAddress('张家口')).toBe('?q=%E5%BC%A0%E5%AE%B6%E5%8F%A3');
  const wide = searchAddress('市委第十二巡察组 动员会&召开', true);
  expect(searchRequest(new URL(wide, 'https://example.cn/search/').search)).toEqual({
    query: '市委第十二巡察组 动员会&召开',
    everywhere: true,
  });
  expect(searchRequest('?q=%20%E6%9D%8E%E5%AF%BF%E6%9D%BE%20')).toEqual({
    query: '李寿松',
    everywhere: false,
  });
  expect(searchRequest('')).toEqual({ query: '', everywhere: false });
});
