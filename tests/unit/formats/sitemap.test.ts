import { XMLParser } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { sitemapFiles } from '../../../src/formats/sitemap.ts';

const SITE = 'https://notices.example.gov.cn';

test('the sitemap lists each page once, sorted, without the error pages, Chinese addresses encoded', () => {
  const [[indexName, index], [name, text]] = sitemapFiles(
    [
      '/notices/b/',
      '/',
      '/404/',
      '/teams/河北省委第九巡视组/',
      '/teams/%E6%B2%B3%E5%8C%97%E7%9C%81%E5%A7%94%E7%AC%AC%E4%B9%9D%E5%B7%A1%E8%A7%86%E7%BB%84/',
      '/notices/b/',
    ],
    SITE,
  ) as [[string, string], [string, string]];
  expect(indexName).toBe('sitemap-index.xml');
  expect(name).toBe('sitemap-0.xml');
  const xml = new XMLParser();
  expect(xml.parse(index).sitemapindex.sitemap.loc).toBe(`${SITE}/sitemap-0.xml`);
  expect(xml.parse(text).urlset.url.map((url: { loc: string }) => url.loc)).toEqual([
    `${SITE}/`,
    `${SITE}/notices/b/`,
    `${SITE}/teams/%E6%B2%B3%E5%8C%97%E7%9C%81%E5%A7%94%E7%AC%AC%E4%B9%9D%E5%B7%A1%E8%A7%86%E7%BB%84/`,
  ]);
});

test('a sitemap file holds at most 45,000 addresses', () => {
  const pages = Array.from({ length: 45_001 }, (_, i) => `/notices/${String(i).padStart(5, '0')}/`);
  const files = sitemapFiles(pages, SITE);
  expect(files.map(([name]) => name)).toEqual(['sitemap-index.xml', 'sitemap-0.xml', 'sitemap-1.xml']);
  expect(files[2]![1]).toContain(`${SITE}/notices/45000/`);
});
