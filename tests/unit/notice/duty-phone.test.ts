import { describe, expect, test } from 'vitest';
import {
  decodeSchedule,
  dutyPhoneState,
  dutyPhoneText,
  encodeSchedule,
  type Schedule,
} from '../../../src/notice/duty-phone.ts';
import type { Hours } from '../../../src/schemas/hours.ts';
import { reportWindow } from '../../../src/notice/period.ts';

const daily: Hours = { days: 'daily', ranges: [{ from: '08:00', to: '20:00' }] };
const workdays: Hours = {
  days: 'workdays',
  ranges: [
    { from: '08:30', to: '12:00' },
    { from: '14:30', to: '17:30' },
  ],
};
const window = reportWindow({ start: '2018-07-21', end: '2018-09-30' });

/** The state in words at a Beijing wall-clock time, e.g. "2018-08-01 07:59". */
function at(hours: Hours, beijing: string): string {
  const instant = Date.parse(`${beijing.replace(' ', 'T')}:00+08:00`);
  return dutyPhoneText(dutyPhoneState(decodeSchedule(encodeSchedule(hours)!), window, instant));
}

describe('the schedule in the page', () => {
  test('travels as days and minute ranges', () => {
    expect(encodeSchedule(workdays)).toBe('workdays 510-720 870-1050');
    expect(decodeSchedule('workdays 510-720 870-1050')).toEqual<Schedule>({
      days: 'workdays',
      ranges: [
        [510, 720],
        [870, 1050],
      ],
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
