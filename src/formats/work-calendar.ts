/**
 * Which days of a report window are working days, by the State Council's
 * holidays and make-up working days, as the chinese-days package keeps them.
 * The page carries one character per day of its own window
 * (notice/duty-phone.ts, `Schedule.workdays`), so the browser's script needs
 * no calendar and no rule of its own.
 */
import calendar from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { BEIJING_OFFSET_MS, DAY_MS } from '../notice/dates.ts';
import type { ReportWindow } from '../notice/period.ts';

const holidays = new Set(Object.keys(calendar.holidays));
const makeUpDays = new Set(Object.keys(calendar.workdays));
const years = [...holidays].map((day) => Number(day.slice(0, 4)));

/**
 * The years the calendar covers: the first and last in which it names a
 * holiday. Of any other year it knows nothing (its own isWorkday then guesses
 * Monday to Friday, which the page must not).
 */
export const CALENDAR_YEARS: [first: number, last: number] = [Math.min(...years), Math.max(...years)];

/** Whether a Beijing calendar day ("YYYY-MM-DD") is a working day; `undefined` outside the calendar's years. */
export function isWorkingDay(day: string): boolean | undefined {
  const year = Number(day.slice(0, 4));
  if (year < CALENDAR_YEARS[0] || year > CALENDAR_YEARS[1]) return undefined;
  if (holidays.has(day)) return false;
  if (makeUpDays.has(day)) return true;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday > 0 && weekday < 6;
}

/** Each day of the window from its first: "1" a working day, "0" not, "?" not known. */
export function workingDays(window: ReportWindow): string {
  let days = '';
  for (let midnight = window.opens; midnight < window.closes; midnight += DAY_MS) {
    const working = isWorkingDay(new Date(midnight + BEIJING_OFFSET_MS).toISOString().slice(0, 10));
    days += working === undefined ? '?' : working ? '1' : '0';
  }
  return days;
}
