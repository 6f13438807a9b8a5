import { gzipSync } from 'node:zlib';
import { axeViolations } from '../helpers/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

const SITE = 'https://site-url-not-set.invalid';
const NOTICE = '/notices/2018-hebei-9-zhangjiakou/';

/** Every page the sitemap lists, as paths, plus the 404 page. */
async function sitemapPaths(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const xml = new XMLParser();
  const index = xml.parse(await (await request.get('/sitemap-index.xml')).text());
  const paths: string[] = [];
  for (const map of [index.sitemapindex.sitemap].flat()) {
    const urls = xml.parse(await (await request.get(map.loc.replace(SITE, ''))).text()).urlset.url;
    paths.push(...[urls].flat().map((url: { loc: string }) => decodeURI(url.loc.replace(SITE, ''))));
  }
  // A notice's poster and cards are printed, not found: the sitemap leaves them out.
  const all = [...paths, `${NOTICE}poster/`, `${NOTICE}card/`, '/404.html'];
  // And every page again in Traditional characters.
  return [...all, ...all.map((path) => `/zh-hant${path}`)];
}

test('every page passes every axe rule, experimental included, in both contrast modes', async ({
  page,
  request,
}) => {
  // Every rule over every page, twice: about a second a page.
  test.setTimeout(300_000);
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThan(6);
  for (const contrast of ['normal', 'high']) {
    await page.addInitScript((mode) => localStorage.setItem('contrast', mode), contrast);
    for (const path of paths) {
      await page.goto(path);
      expect(await axeViolations(page, `${path} [${contrast}]`)).toEqual([]);
    }
  }
});

test('no page requests anything from another origin', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL ?? '') && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/search/?q=张家口');
  await expect(page.locator('notice-search .status')).toContainText('找到');
  expect(foreign).toEqual([]);
});

test('the page loads with no CSP violation, search included', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  for (const path of ['/', NOTICE, `/zh-hant${NOTICE}`, '/zh-hant/search/?q=李壽松', '/search/?q=李寿松']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await expect(page.locator('notice-search .status')).toContainText('找到');
  expect(violations).toEqual([]);
});

test('the keyboard reaches a visible skip link first, and every control shows its focus', async ({
  page,
}) => {
  await page.goto(NOTICE);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  for (let step = 0; step < 25; step++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { tag: element.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style, `focus ${step} on ${outline.tag}`).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});

test.describe('reading settings for older readers', () => {
  test('A++ enlarges the text, by keyboard, and is remembered on the next page', async ({ page }) => {
    await page.goto(NOTICE);
    const size = () =>
      page
        .locator('#full-text p')
        .first()
        .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const normal = await size();
    await page.getByRole('button', { name: /A\+\+/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /A\+\+/ })).toHaveAttribute('aria-pressed', 'true');
    expect(await size()).toBeGreaterThanOrEqual(normal * 1.35);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
    await page.getByRole('button', { name: /^A\s*标准字号$/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'normal');
  });

  test('high contrast turns the page light on black, and back', async ({ page }) => {
    await page.goto(NOTICE);
    await page.getByRole('button', { name: '高对比度' }).click();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.reload();
    await expect(page.getByRole('button', { name: '高对比度' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: '高对比度' }).click();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
  });
});

async function overflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('pages reflow at 320 px and at 200% zoom, with the largest text, without sideways scrolling', async ({
  page,
  request,
}) => {
  await page.addInitScript(() => localStorage.setItem('text-size', 'larger'));
  // 200% zoom of a 1280 px window leaves 640 CSS px.
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of await sitemapPaths(request)) {
      await page.goto(path);
      expect(await overflow(page), `${path} at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
});

test('buttons and stand-alone links are at least 44 by 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  for (const path of ['/', NOTICE, '/teams/', '/search/']) {
    await page.goto(path);
    // Links inside running text are exempt (WCAG 2.5.8, inline); everything else is a target.
    const targets = page.locator(
      'button:visible, header a:visible, nav a:visible, #channels a:visible, .notice-link',
    );
    for (const target of await targets.all()) {
      const box = await target.boundingBox();
      const name = await target.textContent();
      expect(box?.height, `${path} ${name}`).toBeGreaterThanOrEqual(44);
      expect(box?.width, `${path} ${name}`).toBeGreaterThanOrEqual(44);
    }
  }
});

test('the served pages carry the security headers of _headers', async ({ request }) => {
  for (const path of ['/', NOTICE, '/notices/2018-hebei-9-zhangjiakou.vcf', '/no-such-page/']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("default-src 'self'");
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d{8,}/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('same-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
  expect((await request.get('/notices/2018-hebei-9-zhangjiakou.vcf')).headers()['content-type']).toBe(
    'text/vcard; charset=utf-8',
  );
});

test('the notice page and the home page, Simplified and Traditional, each load in at most 14,600 bytes compressed, without web fonts', async ({
  page,
}) => {
  for (const path of [NOTICE, '/', `/zh-hant${NOTICE}`, '/zh-hant/']) {
    const bodies: { url: string; bytes: number }[] = [];
    page.removeAllListeners('response');
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      bodies.push({ url: response.url(), bytes: gzipSync(body, { level: 9 }).length });
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const total = bodies.reduce((sum, item) => sum + item.bytes, 0);
    console.log(
      `${path}: ${bodies.map((b) => `${b.url.replace(/^https?:\/\/[^/]+/, '')} ${b.bytes}`).join(', ')} = ${total} bytes gzip`,
    );
    expect(bodies.filter((b) => /\.(woff2?|ttf|otf)(\?|$)/.test(b.url))).toEqual([]);
    expect(total, path).toBeLessThanOrEqual(14_600);
  }
});
