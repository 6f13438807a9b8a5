import { expect, test } from '@playwright/test';

/**
 * The state is computed in the browser against its own clock, at Beijing
 * time whatever the reader's time zone. Instants are written in UTC here:
 * Beijing midnight on 21 July 2018 is 2018-07-20T16:00Z.
 */
const cases = [
  { at: '2018-07-20T15:59:59Z', state: 'upcoming', label: '尚未开始' },
  { at: '2018-07-20T16:00:00Z', state: 'open', label: '正在受理反映' },
  { at: '2018-09-30T15:59:59Z', state: 'open', label: '正在受理反映' },
  { at: '2018-09-30T16:00:00Z', state: 'closed', label: '已结束受理' },
] as const;

for (const timezoneId of ['Asia/Shanghai', 'America/New_York']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    for (const { at, state, label } of cases) {
      test(`says ${state} at ${at}`, async ({ page }) => {
        await page.clock.setFixedTime(new Date(at));
        for (const path of ['/', '/notices/2018-hebei-9-zhangjiakou/']) {
          await page.goto(path);
          const badge = page.locator('notice-state').first();
          await expect(badge).toHaveAttribute('data-state', state);
          await expect(badge).toContainText(label);
        }
      });
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('claims no state, but shows the period in words', async ({ page }) => {
    await page.goto('/notices/2018-hebei-9-zhangjiakou/');
    await expect(page.locator('notice-state')).toBeHidden();
    await expect(page.locator('.summary')).toContainText('2018年7月21日至9月30日');
  });
});
