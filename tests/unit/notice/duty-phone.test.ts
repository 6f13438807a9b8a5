import { describe, expect, test } from 'vitest';
import {
  decodeSchedule,
  dutyPhoneState,
  dutyPhoneText,
  encodeSchedule,
  type Schedule,
} from '../../../src/notice/duty-phone.ts';
import type { Hours } from '../../../src/schemas/hours.ts';
import { reportWindow, type ReportWindow } from '../../../src/notice/period.ts';
import { workingDays } from '../../../src/formats/work-calendar.ts';

const daily: Hours = { days: 'daily', ranges: [{ from: '08:00', to: '20:00' }] };
const workdays: Hours = {
  days: 'workdays',
  ranges: [
    { from: '08:30', to: '12:00' },
    { from: '14:30', to: '17:30' },
  ],
};
const window = reportWindow({ start: '2018-07-21', end: '2018-09-30' });

/**
 * The state in words at a Beijing wall-clock time, e.g. "2018-08-01 07:59",
 * as the page's script works it out from the attributes the build writes.
 */
function at(hours: Hours, beijing: string, within: ReportWindow = window): string {
  const instant = Date.parse(`${beijing.replace(' ', 'T')}:00+08:00`);
  return dutyPhoneText(
    dutyPhoneState(decodeSchedule(encodeSchedule(hours)!, workingDays(within)), within, instant),
  );
}

describe('the schedule in the page', () => {
  test('travels as days and minute ranges', () => {
    expect(encodeSchedule(workdays)).toBe('workdays 510-720 870-1050');
    expect(decodeSchedule('workdays 510-720 870-1050', '11000')).toEqual<Schedule>({
      days: 'workdays',
      ranges: [
        [510, 720],
        [870, 1050],
      ],
      workdays: '11000',
    });
  });
});

describe('a phone staffed every day from 8:00 to 20:00', () => {
  test('opens at 8:00 and closes at 20:00 Beijing time', () => {
    expect(at(daily, '2018-08-01 07:59')).toBe('现在不是接听时间，今天 8:00 起接听');
    expect(at(daily, '2018-08-01 08:00')).toBe('现在是接听时间，到 20:00');
    expect(at(daily, '2018-08-01 19:59')).toBe('现在是接听时间，到 20:00');
    expect(at(daily, '2018-08-01 20:00')).toBe('现在不是接听时间，明天 8:00 起接听');
  });

  test('is not staffed before the period or after it', () => {
    expect(at(daily, '2018-07-20 12:00')).toBe('进驻开始后接听');
    expect(at(daily, '2018-07-21 08:00')).toBe('现在是接听时间，到 20:00');
    expect(at(daily, '2018-09-30 19:59')).toBe('现在是接听时间，到 20:00');
    expect(at(daily, '2018-09-30 20:00')).toBe('已停止接听');
    expect(at(daily, '2018-10-01 08:00')).toBe('已停止接听');
  });
});

describe('a phone staffed on working days, morning and afternoon', () => {
  // 2018-08-03 is a Friday.
  test('closes over lunch', () => {
    expect(at(workdays, '2018-08-03 12:00')).toBe('现在不是接听时间，今天 14:30 起接听');
    expect(at(workdays, '2018-08-03 14:30')).toBe('现在是接听时间，到 17:30');
  });

  test('reopens on Monday after the weekend', () => {
    expect(at(workdays, '2018-08-03 17:30')).toBe('现在不是接听时间，周一 8:30 起接听');
    expect(at(workdays, '2018-08-04 10:00')).toBe('现在不是接听时间，周一 8:30 起接听');
    expect(at(workdays, '2018-08-05 23:59')).toBe('现在不是接听时间，明天 8:30 起接听');
  });
});

describe('a working-day phone over the National Day holiday of 2025', () => {
  const autumn = reportWindow({ start: '2025-09-15', end: '2025-10-31' });

  test('is closed on 1 October, a Wednesday, and says when it reopens after the holiday', () => {
    expect(at(workdays, '2025-10-01 10:00', autumn)).toBe('现在不是接听时间，10月9日（周四） 8:30 起接听');
    expect(at(workdays, '2025-09-30 17:30', autumn)).toBe('现在不是接听时间，10月9日（周四） 8:30 起接听');
  });

  test('is staffed on Sunday 28 September, a make-up working day, during hours only', () => {
    expect(at(workdays, '2025-09-28 10:00', autumn)).toBe('现在是接听时间，到 12:00');
    expect(at(workdays, '2025-09-28 13:00', autumn)).toBe('现在不是接听时间，今天 14:30 起接听');
    expect(at(workdays, '2025-09-27 10:00', autumn)).toBe('现在不是接听时间，明天 8:30 起接听');
  });

  test('is staffed on Saturday 11 October, the second make-up day', () => {
    expect(at(workdays, '2025-10-11 09:00', autumn)).toBe('现在是接听时间，到 12:00');
  });

  test('a phone staffed every day ignores the holiday', () => {
    expect(at(daily, '2025-10-01 10:00', autumn)).toBe('现在是接听时间，到 20:00');
  });
});

describe('a working-day phone in a year the calendar does not cover', () => {
  // chinese-days 1.5 covers 2004 to 2026; the State Council publishes a year's days off in the autumn before.
  const winter = reportWindow({ start: '2026-12-15', end: '2027-02-28' });

  test('says it cannot tell, rather than guessing Monday to Friday', () => {
    expect(at(workdays, '2027-01-04 10:00', winter)).toBe('尚无2027年节假日安排，无法判断接听时间');
    expect(at(workdays, '2026-12-31 18:00', winter)).toBe('尚无2027年节假日安排，无法判断接听时间');
  });

  test('still answers within the covered year', () => {
    expect(at(workdays, '2026-12-30 10:00', winter)).toBe('现在是接听时间，到 12:00');
  });

  test('a working-day schedule the build gave no days for knows none', () => {
    const instant = Date.parse('2025-10-13T10:00:00+08:00');
    const state = dutyPhoneState(
      decodeSchedule('workdays 510-720'),
      reportWindow({ start: '2025-10-01', end: '2025-10-31' }),
      instant,
    );
    expect(state).toEqual({ kind: 'unknown', year: 2025 });
  });
});
