import { expect, test } from '@playwright/test';

/**
 * What is true "now" is computed in the browser against its own clock, at
 * Beijing time whatever the reader's time zone. Instants are written with
 * an explicit +08:00 offset; the browser's own zone varies per describe.
 */
const NOTICE = '/notices/2018-hebei-9-zhangjiakou/';

const cases = [
  // The first day of the period; the duty phone opens at 8:00 and closes at 20:00.
  { at: '2018-07-20T23:59:59+08:00', reports: '尚未开始', phone: '进驻开始后接听' },
  { at: '2018-07-21T00:00:00+08:00', reports: '正在受理反映', phone: '现在不是接听时间，今天 8:00 起接听' },
  { at: '2018-07-21T07:59:00+08:00', reports: '正在受理反映', phone: '现在不是接听时间，今天 8:00 起接听' },
  { at: '2018-07-21T08:00:00+08:00', reports: '正在受理反映', phone: '现在是接听时间，到 20:00' },
  { at: '2018-08-15T19:59:00+08:00', reports: '正在受理反映', phone: '现在是接听时间，到 20:00' },
  { at: '2018-08-15T20:00:00+08:00', reports: '正在受理反映', phone: '现在不是接听时间，明天 8:00 起接听' },
  // The last day: staffed until 20:00, then no more, and reports close at midnight.
  { at: '2018-09-30T19:59:00+08:00', reports: '正在受理反映', phone: '现在是接听时间，到 20:00' },
  { at: '2018-09-30T20:00:00+08:00', reports: '正在受理反映', phone: '已停止接听' },
  { at: '2018-10-01T00:00:00+08:00', reports: '已结束受理', phone: '已停止接听' },
] as const;

for (const timezoneId of ['Asia/Shanghai', 'America/New_York']) {
  test.describe(`a reader in ${timezoneId}`, () => {
    test.use({ timezoneId });

    for (const { at, reports, phone } of cases) {
      test(`at ${at} Beijing time sees "${reports}" and "${phone}"`, async ({ page }) => {
        await page.clock.setFixedTime(new Date(at));
        await page.goto(NOTICE);
        await expect(page.locator('.summary live-state[data-kind="reports"]')).toHaveText(reports);
        await expect(page.locator('.summary live-state[data-kind="phone"]')).toHaveText(phone);
        await expect(page.locator('#channels live-state[data-kind="phone"]')).toHaveText(phone);
        await page.goto('/');
        await expect(page.locator('.notices live-state').first()).toHaveText(reports);
      });
    }
  });
}

test('a page left open moves on by itself when the phone opens', async ({ page }) => {
  await page.clock.install({ time: new Date('2018-08-15T07:59:00+08:00') });
  await page.goto(NOTICE);
  const phone = page.locator('#channels live-state');
  await expect(phone).toHaveText('现在不是接听时间，今天 8:00 起接听');
  await page.clock.runFor('01:30');
  await expect(phone).toHaveText('现在是接听时间，到 20:00');
});
