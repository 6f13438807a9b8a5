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

/** The last day on which reports are accepted. */
export function lastReportDay(period: Period): string {
  return period.reportsUntil ?? period.end;
}

/** From the start of the first day to the end of the last day for reports, Beijing time. */
export function reportWindow(period: Period): ReportWindow {
  return { opens: beijingDayStart(period.start), closes: beijingDayEnd(lastReportDay(period)) };
}

export function periodState(window: ReportWindow, instant: number): PeriodState {
  if (instant < window.opens) return 'upcoming';
  return instant < window.closes ? 'open' : 'closed';
}

/** The period in words, with the last day for reports when it comes before the end. */
export function formatPeriod(period: Period): string {
  const range = formatDateRange(period.start, period.end);
  if (!period.reportsUntil || period.reportsUntil === period.end) return range;
  return `${range}（${formatDate(period.reportsUntil)}后不再受理反映）`;
}
