import { describe, expect, test } from 'vitest';
import {
  addDays,
  beijingDayEnd,
  beijingDayStart,
  calendarDateProblem,
  formatDate,
  formatDateRange,
} from '../../../src/notice/dates.ts';

describe('calendar dates', () => {
  test('accepts real days, including 29 February of leap years', () => {
    for (const day of ['2018-07-21', '2018-09-30', '2020-02-29', '2000-02-29', '2018-12-31']) {
      expect(calendarDateProblem(day)).toBeUndefined();
    }
  });

  test('refuses days that do not exist', () => {
    for (const day of ['2018-09-31', '2019-02-29', '1900-02-29', '2018-00-10', '2018-07-00', '2018-07-32']) {
      expect(calendarDateProblem(day)).toBeDefined();
    }
  });

  test('refuses other formats', () => {
    for (const day of ['2018-7-21', '20180721', '2018/07/21', '2018-07-21T00:00', ' 2018-07-21']) {
      expect(calendarDateProblem(day)).toBeDefined();
    }
  });
});

describe('counting days', () => {
  test('crosses months, years and leap days, backwards too, whatever the machine time zone', () => {
    expect(addDays('2025-08-20', 59)).toBe('2025-10-18');
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-07-11', -5)).toBe('2025-07-06');
    expect(addDays('2025-03-09', 0)).toBe('2025-03-09');
  });
});

describe('formatting', () => {
  test('writes dates as official notices do', () => {
    expect(formatDate('2018-07-21')).toBe('2018年7月21日');
    expect(formatDate('2018-12-01')).toBe('2018年12月1日');
  });

  test('writes the year once in a range within one year', () => {
    expect(formatDateRange('2018-07-21', '2018-09-30')).toBe('2018年7月21日至9月30日');
    expect(formatDateRange('2018-11-21', '2019-01-20')).toBe('2018年11月21日至2019年1月20日');
  });

  test('does not depend on the machine time zone', () => {
    // vitest.config.ts runs the tests in America/Los_Angeles, 15 or 16 hours behind Beijing.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
    expect(formatDate('2018-07-21')).toBe('2018年7月21日');
  });
});

describe('Beijing days', () => {
  test('a day begins at midnight Beijing time, 16:00 UTC the day before', () => {
    expect(new Date(beijingDayStart('2018-07-21')).toISOString()).toBe('2018-07-20T16:00:00.000Z');
    expect(new Date(beijingDayEnd('2018-09-30')).toISOString()).toBe('2018-09-30T16:00:00.000Z');
  });

  test('a day ends at the start of the next, across month and year ends', () => {
    expect(beijingDayEnd('2018-12-31')).toBe(beijingDayStart('2019-01-01'));
    expect(beijingDayEnd('2020-02-28')).toBe(beijingDayStart('2020-02-29'));
  });
});
