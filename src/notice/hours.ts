/**
 * Times of day as duty phones keep them: "HH:MM" checked, in minutes, and as
 * notices write them ("8:00"), in Beijing time (the hours' shape is schemas/hours.ts).
 */
import type { DaysRule, Hours, TimeRange } from '../schemas/hours.ts';
import { mismatch } from './messages.ts';

const CLOCK_TIME = /^(\d{2}):(\d{2})$/;

/** Why `value` is not an "HH:MM" time of day, or `undefined` when it is one. 24:00 closes a day. */
export function clockTimeProblem(value: string): string | undefined {
  const match = CLOCK_TIME.exec(value);
  const expected = 'HH:MM 格式的时间（24 小时制，如 "08:00"、"17:30"）';
  if (!match) return mismatch(value, expected);
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) {
    return mismatch(value, `00:00 到 24:00 之间的真实时间，如 "17:30"`);
  }
  return undefined;
}

/** Minutes since midnight of a valid "HH:MM". */
export function minutesOf(value: string): number {
  const match = CLOCK_TIME.exec(value);
  if (!match) throw new Error(`Not a clock time: ${value}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 480 → "8:00", as notices write times. */
export function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 480 → "08:00", as the schema and schema.org write times; 1440 → "24:00". */
export function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "08:00" → "8:00". */
export function formatClock(value: string): string {
  return clock(minutesOf(value));
}

/** Hours in the one of their three forms they take (schemas/hours.ts checks that there is exactly one). */
export type HoursForm =
  | { form: 'ranges'; days: DaysRule; ranges: TimeRange[] }
  | { form: 'allDay'; days: DaysRule }
  | { form: 'words'; words: string };

export function hoursForm(hours: Hours): HoursForm {
  if (hours.words !== undefined) return { form: 'words', words: hours.words };
  if (hours.days === undefined) throw new Error('Hours without days: not validated');
  if (hours.allDay) return { form: 'allDay', days: hours.days };
  if (!hours.ranges) throw new Error('Hours without ranges: not validated');
  return { form: 'ranges', days: hours.days, ranges: hours.ranges };
}
