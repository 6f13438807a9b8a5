import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';

const SITE = 'https://site-url-not-set.invalid';
/** The notices the site must publish: exactly the files in content/notices/. */
const IDS = readdirSync('content/notices')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''))
  .sort();
const xml = new XMLParser({ ignoreAttributes: false });

test('the RSS feed is valid RSS 2.0 and lists exactly the notices in content/', async ({ request }) => {
  const response = await request.get('/rss.xml');
  expect(response.headers()['content-type']).toBe('application/xml; charset=utf-8');
  const feed = xml.parse(await response.text());
  expect(feed.rss['@_version']).toBe('2.0');
  const items = [feed.rss.channel.item].flat();
  expect(
    items
      .map((item: { link: string }) => item.link.replace(`${SITE}/notices/`, '').replace(/\/$/, ''))
      .sort(),
  ).toEqual(IDS);
  for (const item of items) expect(new Date(item.pubDate).getTime()).not.toBeNaN();
});

test('the sitemap lists every page, every notice among them', async ({ request }) => {
  const index = xml.parse(await (await request.get('/sitemap-index.xml')).text());
  const maps = [index.sitemapindex.sitemap].flat().map((map: { loc: string }) => map.loc.replace(SITE, ''));
  const urls: string[] = [];
  for (const map of maps)
    urls.push(
      ...[xml.parse(await (await request.get(map)).text()).urlset.url]
        .flat()
        .map((url: { loc: string }) => url.loc),
    );
  for (const id of IDS) expect(urls).toContain(`${SITE}/notices/${id}/`);
  expect(urls).toContain(`${SITE}/`);
  expect(urls).toContain(`${SITE}/search/`);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
});

test('the open data validates against the published JSON Schema and lists exactly the notices in content/', async ({
  request,
}) => {
  const schema = await (await request.get('/notices.schema.json')).json();
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  const all = await (await request.get('/notices.json')).json();
  expect(all.map((notice: { id: string }) => notice.id).sort()).toEqual(IDS);
  for (const notice of all) {
    expect(validate(notice), JSON.stringify(validate.errors)).toBe(true);
    const single = await (await request.get(`/notices/${notice.id}.json`)).json();
    expect(single).toEqual(notice);
  }
  // The schema is strict: it is no use if anything passes.
  expect(validate({ ...all[0], period: { start: 'soon', end: all[0].period.end } })).toBe(false);
  expect(validate({ ...all[0], extra: true })).toBe(false);
});

test('a notice page describes itself for search engines and link previews', async ({ page }) => {
  await page.goto('/notices/2018-hebei-9-zhangjiakou/');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /河北省委第九巡视组进驻张家口市/,
  );
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
    'content',
    `${SITE}/notices/2018-hebei-9-zhangjiakou/`,
  );
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  const graph: Record<string, any>[] = data['@graph'];
  const team = graph.find((node) => node['@type'] === 'GovernmentOrganization');
  expect(team?.['name']).toBe('河北省委第九巡视组');
  expect(team?.['contactPoint'][0]).toMatchObject({
    '@type': 'ContactPoint',
    telephone: '+863132568718',
    hoursAvailable: [
      { dayOfWeek: expect.arrayContaining(['Monday', 'Sunday']), opens: '08:00', closes: '20:00' },
    ],
  });
  const service = graph.find((node) => node['@type'] === 'GovernmentService');
  expect(service?.['availableChannel']).toMatchObject({
    '@type': 'ServiceChannel',
    serviceSmsNumber: { telephone: '+8618830681009' },
    servicePostalAddress: { postOfficeBoxNumber: '张家口018信箱', postalCode: '075000' },
  });
  const event = graph.find((node) => node['@type'] === 'Event');
  expect(event?.['startDate']).toBe('2018-07-21');
});
