import { expect, test } from '@playwright/test';

const NOTICE = '/notices/2018-hebei-9-zhangjiakou/';

test.describe('the Zhangjiakou notice page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(NOTICE);
  });

  test('is in Simplified Chinese with the notice title as its only h1', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText('省委第九巡视组巡视张家口市工作动员会召开');
    await expect(page).toHaveTitle(/河北省委第九巡视组巡视张家口市/);
  });

  test('sums up team, leader, inspected unit, period and how to report at the top', async ({ page }) => {
    const summary = page.locator('.summary');
    await expect(summary).toContainText('河北省委第九巡视组');
    await expect(summary).toContainText('李寿松');
    await expect(summary).toContainText('张家口市');
    await expect(summary).toContainText('2018年7月21日至9月30日');
    await expect(summary).toContainText('0313-2568718');
    await expect(summary).toContainText('每天 8:00 至 20:00');
    const box = await summary.boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(600);
  });

  test('has the meeting, scope and channels sections, each reachable by its anchor', async ({ page }) => {
    for (const [anchor, heading] of [
      ['meeting', '动员会'],
      ['scope', '巡视内容'],
      ['channels', '联系方式'],
      ['full-text', '通知全文'],
    ] as const) {
      await expect(page.locator(`#${anchor} h2`)).toHaveText(heading);
      await page.getByRole('navigation', { name: '本页目录' }).getByRole('link', { name: heading }).click();
      await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
      await expect(page.locator(`#${anchor} h2`)).toBeInViewport();
    }
  });

  test('shows every contact channel with its full value', async ({ page }) => {
    const channels = page.locator('#channels');
    await expect(channels.locator('[data-channel="phone"]')).toContainText('0313-2568718');
    await expect(channels.locator('[data-channel="phone"]')).toContainText('每天 8:00 至 20:00');
    await expect(channels.locator('[data-channel="postbox"]')).toContainText('张家口018信箱');
    await expect(channels.locator('[data-channel="postbox"]')).toContainText('075000');
    await expect(channels.locator('[data-channel="sms"]')).toContainText('18830681009');
    await expect(channels.locator('[data-channel="sms"]')).toContainText('只接收短信');
    await expect(channels.locator('[data-channel="email"]')).toContainText('hbswxsz09@hebei.gov.cn');
    const boxes = channels.locator('[data-channel="suggestionBox"] li');
    await expect(boxes).toHaveText(['市政府大楼南楼南门', '市政府大楼北楼北门', '奥霏斯酒店门口']);
  });

  test('keeps the channels in the notice order', async ({ page }) => {
    const types = await page
      .locator('#channels [data-channel]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-channel')));
    expect(types).toEqual(['phone', 'postbox', 'sms', 'email', 'suggestionBox']);
  });

  test('links the duty phone as a call, the SMS number only as a text, and the e-mail as mail', async ({
    page,
  }) => {
    await expect(page.locator('#channels a[href="tel:+863132568718"]')).toHaveText('0313-2568718');
    await expect(page.locator('#channels a[href="sms:+8618830681009"]')).toHaveText('18830681009');
    await expect(page.locator('a[href^="tel:"][href*="18830681009"]')).toHaveCount(0);
    await expect(page.locator('#channels a[href="mailto:hbswxsz09@hebei.gov.cn"]')).toHaveText(
      'hbswxsz09@hebei.gov.cn',
    );
  });

  test('shows the full text of the notice, from its first to its last sentence', async ({ page }) => {
    const text = page.locator('#full-text');
    await expect(text.locator('p')).toHaveCount(7);
    await expect(text.locator('p').first()).toHaveText(/^根据省委统一部署，7月21日，/);
    await expect(text.locator('p').last()).toHaveText(/转交被巡视地方和有关部门认真处理。$/);
    await expect(text).not.toContainText('相关新闻');
  });

  test('sets body text at 18px or more with a line height of 1.7 or more', async ({ page }) => {
    const style = await page
      .locator('#full-text p')
      .first()
      .evaluate((element) => {
        const computed = getComputedStyle(element);
        return { size: parseFloat(computed.fontSize), lineHeight: parseFloat(computed.lineHeight) };
      });
    expect(style.size).toBeGreaterThanOrEqual(18);
    expect(style.lineHeight / style.size).toBeGreaterThanOrEqual(1.7);
  });

  test('loads no web fonts and nothing from another origin', async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => !url.startsWith(baseURL ?? ''))).toEqual([]);
    expect(requests.filter((url) => /\.(woff2?|ttf|otf)(\?|$)/.test(url))).toEqual([]);
  });

  test('fits a 320px-wide phone screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
