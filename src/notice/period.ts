/**
 * Whether a team accepts reports at a given instant. The build turns the
 * notice's calendar days into the instants of its report window (Beijing
 * midnights); the browser compares them with its own clock, so a static
 * page never carries a "now" frozen at build time, and the script it needs
 * stays a few lines long.
 */
import type { Period } from '../schemas/period.ts';
import { beijingDayEnd, beijingDayStart, formatDate, formatDateRange } from './dates.ts';

/** The instants (epoch ms) between which reports are accepted: [opens, closes). */
export interface ReportWindow {
  opens: number;
  closes: number;
}

export type PeriodState = 'upcoming' | 'open' | 'closed';

/** The state in words, for the page. */
export const PERIOD_STATE_LABELS: Record<PeriodState, string> = {
  upcoming: '尚未开始',
  open: '正在受理反映',
  closed: '已结束受理',
};

/** The last day on which reports are accepted, when the notice makes it exact. */
export function lastReportDay(period: Period): string | undefined {
  return period.reportsUntil ?? period.end;
}

/**
 * From the start of the first day to the end of the last day for reports,
 * Beijing time; `undefined` when the notice gives no last day: then no one
 * can say whether reports are still accepted, and the page does not guess.
 */
export function reportWindow(period: Period & { end: string }): ReportWindow;
export function reportWindow(period: Period): ReportWindow | undefined;
export function reportWindow(period: Period): ReportWindow | undefined {
  const last = lastReportDay(period);
  return last === undefined
    ? undefined
    : { opens: beijingDayStart(period.start), closes: beijingDayEnd(last) };
}

/** The report window cut short by a withdrawal at `stop` (epoch ms); a withdrawal gives a period without an end its close. */
export function stopWindow(period: Period, stop: number | undefined): ReportWindow | undefined {
  const window = reportWindow(period);
  if (stop === undefined) return window;
  return {
    opens: window?.opens ?? beijingDayStart(period.start),
    closes: Math.min(window?.closes ?? stop, stop),
  };
}

export function periodState(window: ReportWindow, instant: number): PeriodState {
  if (instant < window.opens) return 'upcoming';
  return instant < window.closes ? 'open' : 'closed';
}

/**
 * The period in words: "2018年7月21日至9月30日", or "2024年4月8日起，为期约1个月"
 * without an exact end; with the last day for reports when it comes before the end.
 */
export function formatPeriod(period: Period): string {
  const range = period.end
    ? formatDateRange(period.start, period.end)
    : `${formatDate(period.start)}起${period.duration ? `，为期${period.duration}` : ''}`;
  if (!period.reportsUntil || period.reportsUntil === period.end) return range;
  return `${range}（${formatDate(period.reportsUntil)}后不再受理反映）`;
}
