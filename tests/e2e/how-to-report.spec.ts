import { expect, test } from '@playwright/test';

/**
 * How to report, and the accessibility statement: reached from every page's
 * footer, and the first from every notice's channels with a one-line warning
 * against people who pose as the team.
 */
const NOTICE = '/notices/2018-hebei-9-zhangjiakou/';

test('beside the channels, one line warns against impostors and leads to how to report', async ({ page }) => {
  await page.goto(NOTICE);
  const warning = page.locator('#channels .fraud-warning');
  await expect(warning).toContainText('巡视组不会索要钱款或要求转账，也不会打电话索要个人信息。');
  await warning.getByRole('link', { name: '如何反映问题、核对号码' }).click();
  await expect(page).toHaveURL(/\/how-to-report\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('如何向巡视组反映问题');
});

test('the how-to-report page says, in plain words, everything a reader needs before reporting', async ({
  page,
}) => {
  await page.goto('/how-to-report/');
  const fraud = page.getByRole('region', { name: '谨防冒充巡视组诈骗' });
  await expect(fraud).toContainText('从不索要钱款');
  await expect(fraud).toContainText('不会打电话索要个人信息');
  await expect(fraud.getByRole('link', { name: '110' })).toHaveAttribute('href', 'tel:110');
  await expect(page.getByRole('region', { name: '巡视组受理什么' })).toContainText(
    '转交被巡视单位和有关部门处理',
  );
  const what = page.getByRole('region', { name: '反映时写清楚什么' });
  for (const term of ['谁', '什么事', '什么时间、在哪里', '有什么证据'])
    await expect(what.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) })).toHaveCount(1);
  await expect(page.getByRole('region', { name: '实名和匿名' })).toContainText('匿名反映同样受理');
  await expect(page.getByRole('region', { name: '反映之后' })).toContainText('一般不逐一答复');
  await expect(page.getByRole('region', { name: '如何核对号码' })).toContainText('以原公告为准');
});

for (const path of ['/', NOTICE, '/search/', '/how-to-report/', '/accessibility/'])
  test(`the footer of ${path} links how to report and the accessibility statement`, async ({ page }) => {
    await page.goto(path);
    const footer = page.locator('.site-footer');
    await expect(footer.getByRole('link', { name: '如何反映问题' })).toHaveAttribute(
      'href',
      '/how-to-report/',
    );
    await expect(footer.getByRole('link', { name: '无障碍说明' })).toHaveAttribute('href', '/accessibility/');
  });

test('the accessibility statement names its standard, what the site does and does not, and a way to report', async ({
  page,
}) => {
  await page.goto('/accessibility/');
  await expect(page.getByRole('region', { name: '遵循的标准' })).toContainText('WCAG）2.2 AA 级');
  const does = page.getByRole('region', { name: '本站做了什么' });
  for (const what of ['大字号', '高对比度', '不用脚本也能用', '读屏软件', '键盘操作', '打印', '手机'])
    await expect(does.locator('strong', { hasText: new RegExp(`^${what}$`) })).toHaveCount(1);
  await expect(page.getByRole('region', { name: '已知的不足' })).toContainText('搜索需要 JavaScript');
  // Without the site's identity (this build has none) it names no address, and invents none.
  const report = page.getByRole('region', { name: '反映使用障碍' });
  await expect(report).toContainText('请联系运营本站的单位');
  await expect(report.locator('a[href^="mailto:"]')).toHaveCount(0);
});
