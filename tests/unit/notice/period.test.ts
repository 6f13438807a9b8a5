import { describe, expect, test } from 'vitest';
import { formatPeriod, lastReportDay, periodState, reportWindow } from '../../../src/notice/period.ts';

const period = { start: '2018-07-21', end: '2018-09-30' };
const at = (iso: string) => Date.parse(iso);

describe('the report window', () => {
  test('runs from Beijing midnight on the first day to Beijing midnight after the last', () => {
    const { opens, closes } = reportWindow(period);
    expect(new Date(opens).toISOString()).toBe('2018-07-20T16:00:00.000Z');
    expect(new Date(closes).toISOString()).toBe('2018-09-30T16:00:00.000Z');
  });

  test('ends after the last day for reports when that comes before the end', () => {
    const early = { ...period, reportsUntil: '2018-09-20' };
    expect(lastReportDay(early)).toBe('2018-09-20');
    expect(new Date(reportWindow(early).closes).toISOString()).toBe('2018-09-20T16:00:00.000Z');
  });
});

describe('whether a team accepts reports', () => {
  const window = reportWindow(period);

  test('not before the first day begins in Beijing', () => {
    expect(periodState(window, at('2018-07-20T15:59:59.999Z'))).toBe('upcoming');
    expect(periodState(window, at('2018-07-20T16:00:00Z'))).toBe('open');
  });

  test('all through the last day, until midnight in Beijing', () => {
    expect(periodState(window, at('2018-09-30T15:59:59.999Z'))).toBe('open');
    expect(periodState(window, at('2018-09-30T16:00:00Z'))).toBe('closed');
  });
});

describe('the period in words', () => {
  test('is the date range', () => {
    expect(formatPeriod(period)).toBe('2018年7月21日至9月30日');
  });

  test('names an earlier last day for reports', () => {
    expect(formatPeriod({ ...period, reportsUntil: '2018-09-20' })).toBe(
      '2018年7月21日至9月30日（2018年9月20日后不再受理反映）',
    );
  });
});
