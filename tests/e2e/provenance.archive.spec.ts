import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arrivalOf } from '../helpers/json-schema.ts';
import { expect, test } from '@playwright/test';

/**
 * Where a notice comes from, near its title, in print, in its JSON-LD and its open data.
 * The handwritten notice records its source (invented); the seed, typed from a damaged copy,
 * does not, and says so.
 */
const RICH = '/notices/2026-fengxi-3-nongye/';
const SEED = '/notices/2018-hebei-9-zhangjiakou/';
const ORIGINAL = 'https://jw.fengxi.example/xcgz/2026/0309-nongye.html';

test('a notice with a recorded source names its publisher, the original’s day and links the original', async ({
  page,
}) => {
  await page.goto(RICH);
  const source = page.locator('article .source');
  await expect(source).toContainText('来源：枫溪县纪委监委网站（原文发布于 2026年3月9日）');
  await expect(source.getByRole('link', { name: ORIGINAL })).toHaveAttribute('href', ORIGINAL);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  const article = jsonLd['@graph'].find((node: { '@type': string }) => node['@type'] === 'Article');
  expect(article.publisher).toEqual({ '@type': 'Organization', name: '枫溪县纪委监委网站' });
  expect(article.isBasedOn).toBe(ORIGINAL);
  await expect(page.locator('meta[name="ContentSource"]')).toHaveAttribute('content', '枫溪县纪委监委网站');
});

test('a notice without a recorded source says its origin is not known, and claims no publisher', async ({
  page,
}) => {
  await page.goto(SEED);
  await expect(page.locator('article .source')).toHaveText(
    '来源：原公告的发布单位和网址不详，内容以原公告为准',
  );
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  const article = jsonLd['@graph'].find((node: { '@type': string }) => node['@type'] === 'Article');
  expect(article.publisher).toBeUndefined();
  await expect(page.locator('meta[name="ContentSource"]')).toHaveCount(0);
});

test('printed, the source and the original’s address are on the paper, the address once', async ({
  page,
}) => {
  await page.goto(RICH);
  const pdf = join(mkdtempSync(join(tmpdir(), 'provenance-')), 'notice.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('来源：枫溪县纪委监委网站');
  // Once: the link's text is its address, so print does not repeat it after the link.
  expect(text.split(ORIGINAL).length - 1).toBe(1);
});

test('the open data carries the source, and its JSON Schema describes it', async ({ request }) => {
  const notices = await (await request.get('/notices.json')).json();
  const rich = notices.find((notice: { id: string }) => notice.id === '2026-fengxi-3-nongye');
  expect(rich.source).toEqual({ publisher: '枫溪县纪委监委网站', url: ORIGINAL, published: '2026-03-09' });
  const schema = await (await request.get('/notices.schema.json')).json();
  expect(Object.keys(arrivalOf(schema).properties.source.properties)).toEqual([
    'publisher',
    'url',
    'published',
  ]);
});
