import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';

const NOTICE = '/notices/2018-hebei-9-zhangjiakou/';

test('the duty phone is a call link in international form, named by the number it shows', async ({
  page,
}) => {
  await page.goto(NOTICE);
  for (const link of await page.locator('a[href="tel:+863132568718"]').all()) {
    await expect(link).toHaveText('0313-2568718');
    // Label in name (WCAG 2.5.3): what a screen reader announces is what the reader sees.
    await expect(link).toHaveAccessibleName('0313-2568718');
  }
  await expect(page.locator('a[href="tel:+863132568718"]')).toHaveCount(2);
  expect(await page.locator('#channels').ariaSnapshot()).toContain('link "0313-2568718"');
});

test('the SMS-only mobile is a text-message link, never a call link, and says so', async ({ page }) => {
  await page.goto(NOTICE);
  const sms = page.locator('[data-channel="sms"]');
  await expect(sms.locator('a[href="sms:+8618830681009"]')).toHaveAccessibleName('18830681009');
  expect(await sms.ariaSnapshot()).toContain('link "18830681009"');
  await expect(sms).toContainText('只接收短信，不接听电话');
  await expect(page.locator('a[href^="tel:"][href*="18830681009"]')).toHaveCount(0);
});

test('the browser does not turn dates and postcodes into phone links', async ({ page }) => {
  await page.goto(NOTICE);
  await expect(page.locator('meta[name="format-detection"]')).toHaveAttribute('content', /telephone=no/);
});

test('the contact card is served as text/vcard and parses with the team and every channel', async ({
  page,
  request,
}) => {
  await page.goto(NOTICE);
  const href = await page.getByRole('link', { name: /保存为手机联系人/ }).getAttribute('href');
  const response = await request.get(href ?? '');
  expect(response.headers()['content-type']).toBe('text/vcard; charset=utf-8');
  const card = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
  expect(card.getFirstPropertyValue('org')).toBe('河北省委第九巡视组');
  expect(card.getAllProperties('tel').map((tel) => tel.getFirstValue())).toEqual([
    '+863132568718',
    '+8618830681009',
  ]);
  expect(card.getFirstPropertyValue('email')).toBe('hbswxsz09@hebei.gov.cn');
  expect(card.getFirstPropertyValue('adr')).toContain('075000');
});

test('the calendar file is served as text/calendar and holds the period, end exclusive', async ({
  page,
  request,
}) => {
  await page.goto(NOTICE);
  const href = await page.getByRole('link', { name: /加入日历/ }).getAttribute('href');
  const response = await request.get(href ?? '');
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
  expect(event.startDate.toString()).toBe('2018-07-21');
  expect(event.endDate.toString()).toBe('2018-10-01');
});

/**
 * 2,400 bytes: 2 KB until the read-aloud control and the holiday calendar's
 * days (issue 19), which need about 300 bytes at load; the speaking itself
 * (about 1.3 KB) loads only when a reader presses 朗读, and is not counted here.
 */
test('all the script the page loads at first stays within 2,400 bytes compressed', async ({
  page,
  request,
}) => {
  await page.goto(NOTICE);
  const inline = await page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
  const sources = await page
    .locator('script[src]')
    .evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).src));
  const external = await Promise.all(sources.map(async (src) => (await request.get(src)).text()));
  const sizes = [...inline, ...external].map((code) => gzipSync(code).length);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  console.log(`notice page script: ${sizes.join(' + ')} = ${total} bytes gzip`);
  expect(total).toBeLessThanOrEqual(2400);
});
