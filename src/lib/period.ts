/**
 * Whether a team accepts reports at a given instant. Pure and small, so the
 * browser can run it against its own clock: a static page must never carry a
 * "now" frozen at build time.
 */
import { beijingDayEnd, beijingDayStart, formatDate, formatDateRange } from './dates';

export interface PeriodDates {
  start: string;
  end: string;
  reportsUntil?: string | undefined;
}

export type PeriodState = 'upcoming' | 'open' | 'closed';

/** The state in words, for the page. */
export const PERIOD_STATE_LABELS: Record<PeriodState, string> = {
  upcoming: '尚未开始',
  open: '正在受理反映',
  closed: '已结束受理',
};

/** The last day on which reports are accepted. */
export function lastReportDay(period: PeriodDates): string {
  return period.reportsUntil ?? period.end;
}

/** The state at `instant` (epoch ms); days are Beijing calendar days, the last one included. */
export function periodState(period: PeriodDates, instant: number): PeriodState {
  if (instant < beijingDayStart(period.start)) return 'upcoming';
  if (instant < beijingDayEnd(lastReportDay(period))) return 'open';
  return 'closed';
}

/** The period in words, with the last day for reports when it comes before the end. */
export function formatPeriod(period: PeriodDates): string {
  const range = formatDateRange(period.start, period.end);
  if (!period.reportsUntil || period.reportsUntil === period.end) return range;
  return `${range}（${formatDate(period.reportsUntil)}后不再受理反映）`;
}
