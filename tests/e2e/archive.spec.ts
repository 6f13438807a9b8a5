import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readsLikeHeadline } from '../../src/scripts/search-query.ts';
import { stageDay } from '../../src/schemas/notice.ts';
import type { NoticeRecord } from '../../src/formats/open-data.ts';

/**
 * The test archive: 300 generated notices, the real Zhangjiakou notice and
 * the handwritten notice with a photo and an attachment (tests/fixtures/rich/;
 * npm run build:archive), served on its own port.
 */
const SEED = '/notices/2018-hebei-9-zhangjiakou/';

async function search(page: Page, query: string) {
  await page.goto('/search/');
  await page.getByLabel('地名、巡视组、人名或联系方式').fill(query);
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.locator('notice-search .status')).toContainText('找到');
  return page.locator('notice-search .results li');
}

/** The first generated notice of the archive's open data (not the published one, nor the handwritten one). */
async function firstGenerated(request: APIRequestContext) {
  const [notice] = (await (await request.get('/notices.json')).json()).filter((item: { id: string }) =>
    /^g\d+-\d+$/.test(item.id),
  );
  return notice;
}

test.describe('search in Chinese', () => {
  for (const query of ['李寿松', '张家口', '018信箱']) {
    test(`finds the Zhangjiakou notice first for ${query}`, async ({ page }) => {
      const results = await search(page, query);
      await expect(results.first().getByRole('link')).toHaveAttribute('href', SEED);
      await expect(results.first().locator('mark').first()).toBeVisible();
    });
  }

  test('finds generated notices by team and by channel', async ({ page, request }) => {
    const notice = await firstGenerated(request);
    const results = await search(page, notice.team.leader);
    await expect(results.getByRole('link', { name: notice.title }).first()).toBeVisible();
    const email = notice.channels.find((channel: { type: string }) => channel.type === 'email').address;
    expect(await (await search(page, email)).count()).toBeGreaterThan(0);
  });

  test('shows ten results at a time, and ten more on request', async ({ page }) => {
    const results = await search(page, '巡察组');
    await expect(results).toHaveCount(10);
    await expect(page.locator('notice-search .status')).toContainText('显示前 10 份');
    await page.getByRole('button', { name: '显示更多结果' }).click();
    await expect(results).toHaveCount(20);
    await expect(page.locator('notice-search .status')).toContainText('显示前 20 份');
    // Every result links to a notice page with its headline.
    for (const link of await results.getByRole('link').all())
      await expect(link).toHaveAttribute('href', /^\/notices\/[^/]+\/$/);
  });

  test('a headline is asked of the headlines alone, which find its notice first', async ({
    page,
    request,
  }) => {
    const notice = await firstGenerated(request);
    const asked: string[] = [];
    page.on('request', (sent) => asked.push(new URL(sent.url()).pathname));
    const results = await search(page, notice.title);
    await expect(page.locator('notice-search .status')).toContainText(`标题含“${notice.title}”`);
    await expect(results.getByRole('link', { name: notice.title }).first()).toBeVisible();
    // Not the headline again, but what tells apart notices of one headline.
    await expect(results.first().locator('p')).toContainText(`${notice.team.name}，巡视期间：`);
    const index = asked.filter((path) => path.startsWith('/pagefind/'));
    expect(index.some((path) => path.startsWith('/pagefind/headlines/'))).toBe(true);
    // Of the shards, Pagefind's script only: none of their index.
    expect(index.filter((path) => !path.startsWith('/pagefind/headlines/'))).toEqual([
      '/pagefind/0/pagefind.js',
    ]);
    // The reader can still ask every part of the notices.
    await page.getByRole('link', { name: '在公告的全部内容中搜索' }).click();
    await expect(page).toHaveURL(/[?&]in=all/);
    await expect(page.locator('notice-search .status')).toContainText(`与“${notice.title}”有关的公告`);
    await expect(results.getByRole('link', { name: notice.title }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: '在公告的全部内容中搜索' })).toBeHidden();
  });

  test('a long query that no headline holds is answered from the notices themselves', async ({
    page,
    request,
  }) => {
    const notice = await firstGenerated(request);
    const query = `${notice.team.name} ${notice.team.leader} ${notice.unit}`;
    // Long enough to be asked of the headlines first, which do not hold it.
    expect(readsLikeHeadline(query)).toBe(true);
    expect(notice.title).not.toContain(notice.team.leader);
    const asked: string[] = [];
    page.on('request', (sent) => asked.push(new URL(sent.url()).pathname));
    const results = await search(page, query);
    expect(asked.some((path) => path.startsWith('/pagefind/headlines/'))).toBe(true);
    expect(asked.some((path) => path.startsWith('/pagefind/0/index/'))).toBe(true);
    await expect(page.locator('notice-search .status')).toContainText(`与“${query}”有关的公告`);
    await expect(results.getByRole('link', { name: notice.title }).first()).toBeVisible();
  });

  test('searching again keeps the page, and Back shows the search before', async ({ page }) => {
    await search(page, '张家口');
    await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
    await page.getByLabel('地名、巡视组、人名或联系方式').fill('李寿松');
    await page.getByRole('button', { name: '搜索' }).click();
    await expect(page.locator('notice-search .status')).toContainText('与“李寿松”有关');
    await expect(page).toHaveURL(/\?q=%E6%9D%8E%E5%AF%BF%E6%9D%BE$/);
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    await page.goBack();
    await expect(page.locator('notice-search .status')).toContainText('与“张家口”有关');
    await expect(page.getByLabel('地名、巡视组、人名或联系方式')).toHaveValue('张家口');
    await expect(page.locator('notice-search .results li').first().getByRole('link')).toHaveAttribute(
      'href',
      SEED,
    );
  });

  test('says so when nothing is found', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('火星')}`);
    await expect(page.locator('notice-search .status')).toContainText('没有找到');
  });

  test('loads the search script on the search page only', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/');
    await page.goto(SEED);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });
});

test.describe('browsing', () => {
  test('the home page lists every notice, newest first, by year, 50 to a page', async ({ page, request }) => {
    const all: NoticeRecord[] = await (await request.get('/notices.json')).json();
    expect(all).toHaveLength(305);
    const seen: string[] = [];
    await page.goto('/');
    for (;;) {
      const links = page.locator('.notices .notice-link');
      const count = await links.count();
      expect(count).toBeLessThanOrEqual(50);
      for (const href of await links.evaluateAll((items) =>
        items.map((item) => item.getAttribute('href') ?? ''),
      ))
        seen.push(href.replace(/^\/notices\/|\/$/g, ''));
      const years = await page.locator('.year h2').allTextContents();
      expect([...years].sort().reverse()).toEqual(years);
      const next = page.getByRole('link', { name: '下一页' });
      if ((await next.count()) === 0) break;
      expect(count).toBe(50);
      await next.click();
    }
    expect(seen).toEqual(all.map((notice) => notice.id));
    // By the day of each notice's stage: a stay's start, a feedback's day, a withdrawal's stop.
    const days = all.map(stageDay);
    expect([...days].sort().reverse()).toEqual(days);
    await expect(page).toHaveURL(/\/page\/7\/$/);
    await page.getByRole('link', { name: '上一页' }).click();
    await expect(page).toHaveURL(/\/page\/6\/$/);
  });

  test('marks in the browser which notices accept reports now', async ({ page, request }) => {
    const all: { id: string }[] = await (await request.get('/notices.json')).json();
    const pageNumber =
      Math.floor(all.findIndex((notice) => notice.id === '2018-hebei-9-zhangjiakou') / 50) + 1;
    await page.clock.setFixedTime(new Date('2018-08-01T10:00:00+08:00'));
    await page.goto(pageNumber === 1 ? '/' : `/page/${pageNumber}/`);
    const item = page.locator('.notices li').filter({ has: page.locator(`a[href="${SEED}"]`) });
    await expect(item.locator('live-state')).toHaveText('正在受理反映');
    await expect(page.locator('.notices live-state[data-state="closed"]').first()).toHaveText('已结束受理');
  });

  test('a notice links to its team’s and its unit’s pages, which list their notices', async ({ page }) => {
    await page.goto(SEED);
    await page
      .getByRole('navigation', { name: '相关公告' })
      .getByRole('link', { name: '河北省委第九巡视组的全部公告' })
      .click();
    await expect(page.locator('h1')).toHaveText('河北省委第九巡视组');
    await expect(page.locator(`a[href="${SEED}"]`)).toBeVisible();
    await page.goto(SEED);
    await page.getByRole('navigation', { name: '位置' }).getByRole('link', { name: '张家口市' }).click();
    await expect(page.locator('h1')).toHaveText('张家口市');
    await expect(page.locator('.notices li')).toHaveCount(1);
  });

  test('the team index lists every team with its count, and each team page only its own notices', async ({
    page,
  }) => {
    await page.goto('/teams/');
    const first = page.locator('.groups li').first();
    const name = (await first.getByRole('link').textContent()) ?? '';
    const count = Number(/(\d+) 份/.exec((await first.locator('.count').textContent()) ?? '')?.[1]);
    await first.getByRole('link').click();
    await expect(page.locator('h1')).toHaveText(name);
    await expect(page.locator('.notices li')).toHaveCount(Math.min(count, 50));
    for (const text of await page.locator('.notice-link').allTextContents())
      expect(text).toContain(`${name} → `);
  });
});
