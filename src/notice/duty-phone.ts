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
}

export type DutyPhoneState =
  | { kind: 'upcoming' }
  | { kind: 'ended' }
  | { kind: 'staffed'; until: number }
  | { kind: 'later'; inDays: number; weekday: number; from: number };

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

export function decodeSchedule(encoded: string): Schedule {
  const [days, ...ranges] = encoded.split(' ');
  return {
    days: days as DaysRule,
    ranges: ranges.map((range) => range.split('-').map(Number) as [number, number]),
  };
}

function staffedOn(days: DaysRule, weekday: number): boolean {
  // Working days are Monday to Friday; public holidays and their make-up
  // working days change every year and are not known here.
  return days === 'daily' || (weekday > 0 && weekday < 6);
}

export function dutyPhoneState(plan: Schedule, window: ReportWindow, instant: number): DutyPhoneState {
  const state = periodState(window, instant);
  if (state !== 'open') return { kind: state === 'upcoming' ? 'upcoming' : 'ended' };
  const local = instant + BEIJING_OFFSET_MS;
  const today = instant - (local % DAY_MS);
  const now = (local % DAY_MS) / MINUTE_MS;
  const weekday = new Date(local).getUTCDay();
  for (let inDays = 0; inDays < 8; inDays++) {
    const day = (weekday + inDays) % 7;
    if (!staffedOn(plan.days, day)) continue;
    for (const [from, to] of plan.ranges) {
      if (inDays === 0 && now >= to) continue;
      if (inDays === 0 && now >= from) return { kind: 'staffed', until: to };
      if (today + inDays * DAY_MS + from * MINUTE_MS >= window.closes) return { kind: 'ended' };
      return { kind: 'later', inDays, weekday: day, from };
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
    case 'later': {
      const day = state.inDays === 0 ? '今天' : state.inDays === 1 ? '明天' : `周${WEEKDAYS[state.weekday]}`;
      return `现在不是接听时间，${day} ${clock(state.from)} 起接听`;
    }
  }
}
