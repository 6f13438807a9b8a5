import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  cleanNotice,
  dropScraps,
  fullWidthPunctuation,
  removePinyinAnnotations,
  removeStraySpaces,
} from '../../../src/importer/clean.ts';
import { readNotice, SEED_NOTICE } from '../../helpers/notices.ts';

describe('the published seed notice', () => {
  test('is, paragraph for paragraph, the cleaned scraped copy', () => {
    const raw = readFileSync('tests/fixtures/seed-zhangjiakou-2018.txt', 'utf8');
    const published = readNotice(SEED_NOTICE).body.trim().split(/\n\n/);
    expect(published).toEqual(cleanNotice(raw).split('\n'));
  });

  test('holds no Traditional characters, pinyin, half-width punctuation or stray spaces', () => {
    const { body } = readNotice(SEED_NOTICE);
    expect(body).not.toMatch(/[據統會議組織視張監發區縣專門電話時間郵鬥著]/u);
    expect(body).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
    expect(body.replace(/\d:\d\d/g, '')).not.toMatch(/[,;:()!?]/);
    expect(body).not.toMatch(/\p{Script=Han} | \p{Script=Han}/u);
  });
});

describe('cleaning', () => {
  test('drops pinyin readings but keeps the text’s own brackets', () => {
    expect(removePinyinAnnotations('兩區(qū)(縣)')).toBe('兩區(縣)');
    expect(removePinyinAnnotations('根據(jù)')).toBe('根據');
  });

  test('converts to Simplified with the right 着', () => {
    expect(cleanNotice('肩負著使命,著力推動,韌勁和執著')).toBe('肩负着使命，着力推动，韧劲和执着');
  });

  test('keeps times, numbers, addresses and e-mail intact while widening punctuation', () => {
    expect(fullWidthPunctuation('時間為8:00至20:00;郵編: 075000(只接收短信)')).toBe(
      '時間為8:00至20:00；郵編： 075000（只接收短信）',
    );
    expect(fullWidthPunctuation('見https://example.org/a,b?c=1;电子邮箱:hbswxsz09@hebei.gov.cn;')).toBe(
      '見https://example.org/a,b?c=1；电子邮箱：hbswxsz09@hebei.gov.cn；',
    );
    expect(fullWidthPunctuation('共1,000人')).toBe('共1,000人');
  });

  test('removes spaces next to Chinese but not between Latin words', () => {
    expect(removeStraySpaces('在 “兩個維護” 上， 徐利、 白振平')).toBe('在“兩個維護”上，徐利、白振平');
    expect(removeStraySpaces('Hebei Province')).toBe('Hebei Province');
  });

  test('drops the copied page’s leftovers and everything after them', () => {
    expect(dropScraps('第一段\n\n第二段\n相关新闻:\n另一条新闻')).toBe('第一段\n第二段');
  });
});
