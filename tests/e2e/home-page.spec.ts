import { expect, test } from '@playwright/test';

test('the home page lists the notice with team, unit and period, and links to it', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const item = page.locator('.notices li').filter({ hasText: '张家口市' });
  await expect(item).toContainText('河北省委第九巡视组 → 张家口市');
  await expect(item).toContainText('2018年7月21日至9月30日');
  await item.getByRole('link').click();
  await expect(page).toHaveURL(/\/notices\/2018-hebei-9-zhangjiakou\/$/);
});

test('an unknown address answers with the Chinese 404 page', async ({ page }) => {
  const response = await page.goto('/notices/no-such-notice/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
  await expect(page.getByRole('link', { name: '查看全部巡视巡察公告' })).toHaveAttribute('href', '/');
});
