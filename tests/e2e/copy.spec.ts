import { expect, test, type Page } from '@playwright/test';

const NOTICE = '/notices/2018-hebei-9-zhangjiakou/';

const VALUES = {
  phone: '0313-2568718',
  postbox: '张家口018信箱（邮编：075000）',
  sms: '18830681009',
  email: 'hbswxsz09@hebei.gov.cn',
  suggestionBox: '市政府大楼南楼南门、市政府大楼北楼北门、奥霏斯酒店门口',
};

/** Reads the clipboard through a reference kept before a test may remove the API. */
async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { realClipboard: Clipboard }).realClipboard.readText());
}

test.beforeEach(async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    (window as unknown as { realClipboard: Clipboard }).realClipboard = navigator.clipboard;
  });
});

test.describe('with the Clipboard API', () => {
  test('each channel’s copy button copies exactly its value and says so', async ({ page }) => {
    await page.goto(NOTICE);
    for (const [type, value] of Object.entries(VALUES)) {
      const copy = page.locator(`[data-channel="${type}"] copy-button`);
      await expect(copy).toHaveCount(1);
      await page.evaluate(() =>
        (window as unknown as { realClipboard: Clipboard }).realClipboard.writeText(''),
      );
      await copy.getByRole('button').click();
      await expect(copy.getByRole('status')).toHaveText('已复制');
      expect(await clipboard(page)).toBe(value);
    }
  });

  test('copy-all puts every contact detail, the period and the rule on the clipboard', async ({ page }) => {
    await page.goto(NOTICE);
    const copyAll = page.locator('#channels .actions copy-button');
    await copyAll.getByRole('button', { name: '复制全部联系方式' }).click();
    await expect(copyAll.getByRole('status')).toHaveText('已复制');
    const text = await clipboard(page);
    for (const value of [
      ...Object.values(VALUES),
      '河北省委第九巡视组',
      '2018年7月21日至9月30日',
      '每天 8:00 至 20:00',
      '只接收短信',
      '巡视组主要受理反映张家口市领导班子及其成员',
    ]) {
      expect(text).toContain(value);
    }
    expect(text.split('\n').length).toBeGreaterThanOrEqual(8);
  });

  test('buttons have names that say what they copy and are big enough to tap', async ({ page }) => {
    await page.goto(NOTICE);
    await expect(page.getByRole('button', { name: /^复制\s*值班电话 0313-2568718$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /^复制\s*短信号码$/ })).toBeVisible();
    for (const button of await page.locator('copy-button button').all()) {
      const box = await button.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(44);
      expect(box?.height).toBeGreaterThanOrEqual(44);
    }
  });

  test('the feedback is a live region, so screen readers announce it', async ({ page }) => {
    await page.goto(NOTICE);
    const statuses = page.locator('copy-button .copy-status');
    expect(await statuses.count()).toBe(6);
    for (const status of await statuses.all()) await expect(status).toHaveAttribute('role', 'status');
  });
});

test.describe('when the Clipboard API is missing', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    });
  });

  test('copies by selecting the text, line breaks included', async ({ page }) => {
    await page.goto(NOTICE);
    const copy = page.locator('[data-channel="email"] copy-button');
    await copy.getByRole('button').click();
    await expect(copy.getByRole('status')).toHaveText('已复制');
    expect(await clipboard(page)).toBe(VALUES.email);

    const copyAll = page.locator('#channels .actions copy-button');
    await copyAll.getByRole('button').click();
    await expect(copyAll.getByRole('status')).toHaveText('已复制');
    expect(await clipboard(page)).toContain('\n值班电话：0313-2568718');
    await expect(page.locator('.copy-fallback')).toHaveCount(0);
  });

  test('and copying by selection fails too, shows the text selected and says to press and hold', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      document.execCommand = () => false;
    });
    await page.goto(NOTICE);
    const copy = page.locator('[data-channel="phone"] copy-button');
    await copy.getByRole('button').click();
    await expect(copy.getByRole('status')).toContainText('请长按选中的文字');
    await expect(copy.getByRole('status')).not.toContainText('已复制');
    const area = copy.locator('textarea');
    await expect(area).toBeVisible();
    await expect(area).toBeFocused();
    const selected = await area.evaluate((element: HTMLTextAreaElement) =>
      element.value.slice(element.selectionStart, element.selectionEnd),
    );
    expect(selected).toBe(VALUES.phone);
  });
});
