import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arrivalOf } from '../helpers/json-schema.ts';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

/**
 * A corrected notice says so wherever it is read: on its page (the day it was
 * updated, the list of changes, a mark beside each corrected value), on paper,
 * in its open data and in the feed. The handwritten notice records two
 * invented corrections: its duty phone, and the end of its period.
 */
const RICH = '/notices/2026-fengxi-3-nongye/';
const CHANGES = [
  '2026年3月11日：值班电话由 0799-5550112 改为 0799-5550123',
  '2026年3月20日：巡察结束日期由 2026年4月17日 改为 2026年4月24日',
];

test('the page says when it was updated and lists every change, old and new values', async ({ page }) => {
  await page.goto(RICH);
  await expect(page.locator('article .published')).toContainText('更新于：2026年3月20日');
  const list = page.getByRole('region', { name: '更正说明' });
  await expect(list).toContainText('本公告发布后有 2 处更正，本页显示的是更正后的内容');
  await expect(list.getByRole('listitem')).toHaveText(CHANGES);
});

test('a corrected value is never shown without saying so, and links the list of changes', async ({
  page,
}) => {
  await page.goto(RICH);
  const phone = page.locator('.channel[data-channel="phone"]');
  await expect(phone.locator('.corrected')).toHaveText('（已更正，原为“0799-5550112”）');
  await expect(page.locator('.summary .corrected')).toHaveText([
    '（已更正，原为“2026年4月17日”）',
    '（已更正，原为“0799-5550112”）',
  ]);
  // A channel no correction touched carries no mark.
  await expect(page.locator('.channel[data-channel="email"] .corrected')).toHaveCount(0);
  await phone.getByRole('link', { name: '已更正' }).click();
  await expect(page).toHaveURL(/#corrections$/);
  await expect(page.getByRole('region', { name: '更正说明' })).toBeInViewport();
});

test('printed, the update day and the changes are on the paper', async ({ page }) => {
  await page.goto(RICH);
  const pdf = join(mkdtempSync(join(tmpdir(), 'corrections-')), 'notice.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('更新于：2026年3月20日');
  for (const change of CHANGES) expect(text).toContain(change.replace(/\s+/g, ''));
  expect(text).toContain('（已更正，原为“0799-5550112”）');
  // The warning against impostors is on the paper too, beside the QR code, in the team's word.
  expect(text).toContain('巡察组不会索要钱款或要求转账，也不会打电话索要个人信息。');
});

test('the open data and the JSON-LD carry the corrections and the day of the last', async ({
  page,
  request,
}) => {
  const record = await (await request.get('/notices/2026-fengxi-3-nongye.json')).json();
  expect(record.corrections).toEqual([
    { date: '2026-03-11', what: '值班电话', before: '0799-5550112', after: '0799-5550123' },
    { date: '2026-03-20', what: '巡察结束日期', before: '2026-04-17', after: '2026-04-24' },
  ]);
  expect(record.updated).toBe('2026-03-20');
  const schema = await (await request.get('/notices.schema.json')).json();
  expect(Object.keys(arrivalOf(schema).properties.corrections.items.properties)).toEqual([
    'date',
    'what',
    'before',
    'after',
  ]);
  await page.goto(RICH);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  const article = jsonLd['@graph'].find((node: { '@type': string }) => node['@type'] === 'Article');
  expect(article.dateModified).toBe('2026-03-20');
});

test('the feed carries each correction as an item of its own, on its day, linking its line', async ({
  request,
  page,
}) => {
  const feed = new XMLParser().parse(await (await request.get('/rss.xml')).text());
  const items: { title: string; link: string; pubDate: string; description: string }[] = [
    feed.rss.channel.item,
  ].flat();
  const corrections = items.filter(
    (item) => item.title === '更正：县委第三巡察组巡察县农业农村局党组工作动员会召开',
  );
  expect(corrections.map((item) => new URL(item.link).pathname + new URL(item.link).hash)).toEqual([
    `${RICH}#correction-2`,
    `${RICH}#correction-1`,
  ]);
  // Midnight in Beijing of the correction's day.
  expect(corrections.map((item) => new Date(item.pubDate).toISOString())).toEqual([
    '2026-03-19T16:00:00.000Z',
    '2026-03-10T16:00:00.000Z',
  ]);
  expect(corrections[1]!.description).toBe('2026年3月11日更正：值班电话由 0799-5550112 改为 0799-5550123。');
  await page.goto(new URL(corrections[1]!.link).pathname + '#correction-1');
  await expect(page.locator('#correction-1')).toHaveText(CHANGES[0]!);
});
