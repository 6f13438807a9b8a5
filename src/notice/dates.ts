import { mismatch } from './messages.ts';

/**
 * Calendar dates and Beijing time.
 *
 * A notice's dates are calendar days in China, kept as "YYYY-MM-DD" strings
 * from the front-matter to the page. They never become a `Date` at build
 * time, so the build machine's time zone cannot shift them. Only the
 * browser turns them into instants, and always at Beijing time (UTC+8:
 * China has kept one offset, without daylight saving, since 1991).
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds Beijing time is ahead of UTC. */
export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
/** Milliseconds in a day (Beijing days are all 24 hours: no daylight saving). */
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why `value` is not a real "YYYY-MM-DD" calendar date, or `undefined` when it is one. */
export function calendarDateProblem(value: string): string | undefined {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return mismatch(value, 'YYYY-MM-DD 格式的日期，如 "2018-07-21"');
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) {
    return mismatch(value, `真实的日期：没有 ${match[2]} 月，月份应在 01 到 12 之间`);
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return mismatch(value, `真实的日期：${year} 年 ${month} 月只有 ${last} 天`);
  }
  return undefined;
}

/** Splits a date already checked by `calendarDateProblem`. */
export function parseCalendarDate(value: string): CalendarDay {
  const match = CALENDAR_DATE.exec(value);
  if (!match) throw new Error(`Not a calendar date: ${value}`);
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return { year, month, day };
}

/** "2018-07-21" → "2018年7月21日", the form official notices use. */
export function formatDate(value: string): string {
  const { year, month, day } = parseCalendarDate(value);
  return `${year}年${month}月${day}日`;
}

/**
 * A period in words; the year is written once when both days share it:
 * "2018年7月21日至9月30日".
 */
export function formatDateRange(start: string, end: string): string {
  const from = parseCalendarDate(start);
  const to = parseCalendarDate(end);
  const tail = from.year === to.year ? `${to.month}月${to.day}日` : formatDate(end);
  return `${formatDate(start)}至${tail}`;
}

/** The calendar day `days` after (or, negative, before) `value`: "2024-12-30" + 3 → "2025-01-02". */
export function addDays(value: string, days: number): string {
  const { year, month, day } = parseCalendarDate(value);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant (epoch ms) at which the calendar day begins in Beijing. */
export function beijingDayStart(value: string): number {
  const { year, month, day } = parseCalendarDate(value);
  return Date.UTC(year, month - 1, day) - BEIJING_OFFSET_MS;
}

/** The instant at which the calendar day ends in Beijing (the next day's start). */
export function beijingDayEnd(value: string): number {
  return beijingDayStart(value) + DAY_MS;
}
