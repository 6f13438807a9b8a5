/**
 * Whether the duty phone is staffed at a given instant, in Beijing time,
 * and when it next is. The build hands the browser the schedule in minutes
 * and the report window in instants; this module is all the browser runs.
 */
import { BEIJING_OFFSET_MS, DAY_MS } from './dates.ts';
import type { DaysRule, Hours } from '../schemas/hours.ts';
import { clock, hoursForm, minutesOf } from './hours.ts';
import { periodState, type ReportWindow } from './period.ts';

const MINUTE_MS = 6e4;
const WEEKDAYS = '日一二三四五六';

/** Hours as the browser gets them: time ranges in minutes since midnight. */
export interface Schedule {
  days: DaysRule;
  ranges: [from: number, to: number][];
  /**
   * For working days: each day of the report window from its first, "1" a
   * working day, "0" not, "?" a day of a year the holiday calendar does not
   * cover. The build works it out from the State Council's calendar
   * (formats/work-calendar.ts), so the browser needs no calendar of its own.
   */
  workdays?: string | undefined;
}

export type DutyPhoneState =
  | { kind: 'upcoming' }
  | { kind: 'ended' }
  | { kind: 'staffed'; until: number }
  /** `day` is the Beijing midnight (epoch ms) of the day it opens. */
  | { kind: 'later'; inDays: number; weekday: number; from: number; day: number }
  /** A working-day phone on a day of a year the holiday calendar does not cover: no guess. */
  | { kind: 'unknown'; year: number };

/** The hours as a schedule, or `undefined` when the notice gives them only in words: nothing is computed from those. */
export function schedule(hours: Hours): Schedule | undefined {
  const form = hoursForm(hours);
  if (form.form === 'words') return undefined;
  if (form.form === 'allDay') return { days: form.days, ranges: [[0, 24 * 60]] };
  return {
    days: form.days,
    ranges: form.ranges.map((range) => [minutesOf(range.from), minutesOf(range.to)]),
  };
}

/** The schedule in a data attribute: "daily 480-1200"; `undefined` for hours in words. */
export function encodeSchedule(hours: Hours): string | undefined {
  const plan = schedule(hours);
  return plan && [plan.days, ...plan.ranges.map((range) => range.join('-'))].join(' ');
}

/** The schedule back from its data attributes; without its working days, a working-day schedule knows none. */
export function decodeSchedule(encoded: string, workdays?: string): Schedule {
  const [days, ...ranges] = encoded.split(' ');
  return {
    days: days as DaysRule,
    ranges: ranges.map((range) => range.split('-').map(Number) as [number, number]),
    workdays,
  };
}

export function dutyPhoneState(plan: Schedule, window: ReportWindow, instant: number): DutyPhoneState {
  const state = periodState(window, instant);
  if (state !== 'open') return { kind: state === 'upcoming' ? 'upcoming' : 'ended' };
  const local = instant + BEIJING_OFFSET_MS;
  const today = instant - (local % DAY_MS);
  const now = (local % DAY_MS) / MINUTE_MS;
  const weekday = new Date(local).getUTCDay();
  const first = Math.round((today - window.opens) / DAY_MS);
  // A holiday week and the weekends around it can keep a phone silent for ten days.
  for (let inDays = 0; inDays < 15; inDays++) {
    const day = today + inDays * DAY_MS;
    if (day >= window.closes) break;
    const staffed = plan.days === 'daily' ? '1' : (plan.workdays?.[first + inDays] ?? '?');
    if (staffed === '?') return { kind: 'unknown', year: new Date(day + BEIJING_OFFSET_MS).getUTCFullYear() };
    if (staffed === '0') continue;
    for (const [from, to] of plan.ranges) {
      if (inDays === 0 && now >= to) continue;
      if (inDays === 0 && now >= from) return { kind: 'staffed', until: to };
      if (day + from * MINUTE_MS >= window.closes) return { kind: 'ended' };
      return { kind: 'later', inDays, weekday: (weekday + inDays) % 7, from, day };
    }
  }
  return { kind: 'ended' };
}

/** The state in words for the page. */
export function dutyPhoneText(state: DutyPhoneState): string {
  switch (state.kind) {
    case 'upcoming':
      return '进驻开始后接听';
    case 'ended':
      return '已停止接听';
    case 'staffed':
      return `现在是接听时间，到 ${clock(state.until)}`;
    case 'unknown':
      return `尚无${state.year}年节假日安排，无法判断接听时间`;
    case 'later': {
      // Past a week (a holiday), the weekday alone would name the wrong day.
      const weekday = `周${WEEKDAYS[state.weekday]}`;
      const on = new Date(state.day + BEIJING_OFFSET_MS);
      const date = `${on.getUTCMonth() + 1}月${on.getUTCDate()}日（${weekday}）`;
      const day =
        state.inDays === 0 ? '今天' : state.inDays === 1 ? '明天' : state.inDays < 7 ? weekday : date;
      return `现在不是接听时间，${day} ${clock(state.from)} 起接听`;
    }
  }
}
