import { expect, test } from '@playwright/test';

/**
 * A working-day duty phone follows the State Council's calendar: closed on
 * public holidays, staffed on make-up working days. The invented notice's
 * period runs over the National Day holiday of 2025 (1 to 8 October) and
 * its two make-up days (Sunday 28 September, Saturday 11 October).
 */
const NOTICE = '/notices/2025-fengxi-4-shuili/';

const cases = [
  { at: '2025-09-26T10:00:00+08:00', phone: '现在是接听时间，到 12:00', why: 'a Friday' },
  {
    at: '2025-09-27T10:00:00+08:00',
    phone: '现在不是接听时间，明天 8:30 起接听',
    why: 'a Saturday before a make-up day',
  },
  {
    at: '2025-09-28T10:00:00+08:00',
    phone: '现在是接听时间，到 12:00',
    why: 'the make-up working day, a Sunday',
  },
  {
    at: '2025-09-28T12:30:00+08:00',
    phone: '现在不是接听时间，今天 14:30 起接听',
    why: 'the make-up day over lunch',
  },
  {
    at: '2025-10-01T10:00:00+08:00',
    phone: '现在不是接听时间，10月9日（周四） 8:30 起接听',
    why: 'National Day, a Wednesday',
  },
  {
    at: '2025-10-11T15:00:00+08:00',
    phone: '现在是接听时间，到 17:30',
    why: 'the second make-up day, a Saturday',
  },
] as const;

for (const timezoneId of ['Asia/Shanghai', 'Europe/London']) {
  test.describe(`a reader in ${timezoneId}`, () => {
    test.use({ timezoneId });

    for (const { at, phone, why } of cases) {
      test(`at ${at} (${why}) the working-day phone says "${phone}"`, async ({ page }) => {
        await page.clock.setFixedTime(new Date(at));
        await page.goto(NOTICE);
        await expect(page.locator('.summary live-state[data-kind="phone"]')).toHaveText(phone);
        await expect(page.locator('#channels live-state[data-kind="phone"]')).toHaveText(phone);
      });
    }
  });
}
