import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('every value and link is there, and nothing that needs script shows', async ({ page }) => {
  await page.goto('/notices/2018-hebei-9-zhangjiakou/');
  const channels = page.locator('#channels');
  for (const value of [
    '0313-2568718',
    '每天 8:00 至 20:00',
    '张家口018信箱',
    '075000',
    '18830681009',
    '只接收短信',
    'hbswxsz09@hebei.gov.cn',
    '市政府大楼南楼南门',
    '市政府大楼北楼北门',
    '奥霏斯酒店门口',
  ]) {
    await expect(channels.getByText(value, { exact: false }).first()).toBeVisible();
  }
  await expect(channels.locator('a[href="tel:+863132568718"]')).toBeVisible();
  await expect(channels.locator('a[href="sms:+8618830681009"]')).toBeVisible();
  await expect(channels.locator('a[href="mailto:hbswxsz09@hebei.gov.cn"]')).toBeVisible();
  await expect(page.locator('a[href$=".vcf"]')).toBeVisible();
  await expect(page.locator('a[href$=".ics"]')).toBeVisible();
  await expect(page.locator('.summary')).toContainText('2018年7月21日至9月30日');

  for (const element of await page.locator('copy-button, live-state').all())
    await expect(element).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0);
});
