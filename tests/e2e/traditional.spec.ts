import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

const NOTICE = '/notices/2018-hebei-9-zhangjiakou/';
const HANT = `/zh-hant${NOTICE}`;
const SITE = 'https://site-url-not-set.invalid';

/** Every link of the page's main content and header, as written. */
const links = (page: Page) =>
  page.locator('body a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));

/** The values a reader copies or dials: numbers, e-mail addresses and addresses on the web, in reading order. */
async function values(page: Page): Promise<string[]> {
  const text = await page.locator('main').innerText();
  return text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/[^\s，。）)]+|\d[\d-]{2,}\d/g) ?? [];
}

test('the Traditional notice page has every value and link of the Simplified one', async ({ page }) => {
  await page.goto(NOTICE);
  const hansLinks = await links(page);
  const hansValues = await values(page);
  const hansCopies = await page.locator('copy-button').evaluateAll((buttons) => buttons.length);
  await page.goto(HANT);
  const hantLinks = await links(page);
  expect(hantLinks).toHaveLength(hansLinks.length);
  hansLinks.forEach((href, index) => {
    const twin = hantLinks[index]!;
    if (href.startsWith('/zh-hant/')) expect(twin).toBe(href.slice('/zh-hant'.length));
    else if (/^\/(?:[^?#]*\/)?(?:[?#].*)?$/.test(href)) expect(twin).toBe(`/zh-hant${href}`);
    else expect(twin).toBe(href);
  });
  expect(await values(page)).toEqual(hansValues);
  expect(hansValues).toEqual(
    expect.arrayContaining(['0313-2568718', '18830681009', '075000', 'hbswxsz09@hebei.gov.cn']),
  );
  await expect(page.locator('copy-button')).toHaveCount(hansCopies);
});

test('the Traditional page says its language, names its Simplified twin and is in Traditional characters', async ({
  page,
}) => {
  await page.goto(HANT);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute(
    'href',
    `${SITE}${NOTICE}`,
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${HANT}`);
  await expect(page.locator('h1')).toHaveText('省委第九巡視組巡視張家口市工作動員會召開');
  await expect(page.locator('#channels h2')).toHaveText('聯繫方式');
  await page.goto(NOTICE);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hant"]')).toHaveAttribute(
    'href',
    `${SITE}${HANT}`,
  );
});

test('the header switches between the two, on the same page', async ({ page }) => {
  await page.goto(NOTICE);
  await page.getByRole('link', { name: '繁體' }).click();
  await expect(page).toHaveURL(HANT);
  await page.getByRole('link', { name: '简体' }).click();
  await expect(page).toHaveURL(NOTICE);
});

test('the Traditional page’s live state, copy and read-aloud speak Traditional characters', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2018-08-01T10:00:00+08:00'));
  await page.goto(HANT);
  await expect(page.locator('#channels live-state[data-kind="phone"]')).toHaveText(
    '現在是接聽時間，到 20:00',
  );
  await expect(page.getByRole('button', { name: '朗讀要點' })).toBeVisible();
});

test('search works on the Traditional site, in Traditional characters, and leads to Traditional pages', async ({
  page,
}) => {
  await page.goto('/zh-hant/search/?q=張家口');
  const result = page.locator('notice-search .results a').first();
  await expect(result).toHaveAttribute('href', HANT);
  await expect(result).toContainText('巡視組');
  await page.goto('/search/?q=张家口');
  await expect(page.locator('notice-search .results a').first()).toHaveAttribute('href', NOTICE);
});

test('the Traditional feed lists the notices in Traditional characters, linking the Traditional pages', async ({
  request,
}) => {
  const response = await request.get('/zh-hant/rss.xml');
  expect(response.ok()).toBe(true);
  const feed = new XMLParser().parse(await response.text());
  const item = [feed.rss.channel.item].flat()[0];
  expect(item.link).toBe(`${SITE}${HANT}`);
  expect(item.title).toContain('巡視組');
  expect(feed.rss.channel.language).toBe('zh-Hant');
});
