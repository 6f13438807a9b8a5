import { describe, expect, test } from 'vitest';
import { CALENDAR_YEARS, isWorkingDay, workingDays } from '../../../src/formats/work-calendar.ts';
import { reportWindow } from '../../../src/notice/period.ts';

describe('the State Council’s working days, from chinese-days', () => {
  test('a public holiday on a weekday is not a working day, a make-up Sunday is', () => {
    expect(isWorkingDay('2025-10-01')).toBe(false);
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(isWorkingDay('2025-10-11')).toBe(true);
    expect(isWorkingDay('2025-10-10')).toBe(true);
    expect(isWorkingDay('2025-10-12')).toBe(false);
    // Spring Festival 2018, the seed's year: 15 to 21 February off, 11 and 24 February worked.
    expect(isWorkingDay('2018-02-15')).toBe(false);
    expect(isWorkingDay('2018-02-11')).toBe(true);
    expect(isWorkingDay('2018-02-24')).toBe(true);
  });

  test('a year the calendar does not cover is not known, even a plain Tuesday', () => {
    expect(CALENDAR_YEARS[0]).toBeLessThanOrEqual(2018);
    const after = `${CALENDAR_YEARS[1] + 1}-03-02`;
    expect(isWorkingDay(after)).toBeUndefined();
    expect(isWorkingDay('1999-03-02')).toBeUndefined();
  });

  test('a window’s days, one character each from its first day, in Beijing days', () => {
    const window = reportWindow({ start: '2025-09-26', end: '2025-10-12' });
    // Fri Sat Sun(make-up) Mon Tue | 1–8 Oct off | Thu Fri Sat(make-up) Sun
    expect(workingDays(window)).toBe('10111' + '00000000' + '1110');
  });

  test('a window across the end of the calendar marks the unknown days', () => {
    const last = CALENDAR_YEARS[1];
    const window = reportWindow({ start: `${last}-12-30`, end: `${last + 1}-01-02` });
    expect(workingDays(window).slice(2)).toBe('??');
  });
});
