import { expect, test } from '@playwright/test';
import { SEED_CONTACT_TEXTS } from '../helpers/notices.ts';

test.use({ javaScriptEnabled: false });

test('every value and link is there, and nothing that needs script shows', async ({ page }) => {
  await page.goto('/notices/2018-hebei-9-zhangjiakou/');
  const channels = page.locator('#channels');
  for (const value of SEED_CONTACT_TEXTS) {
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
