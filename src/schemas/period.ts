import type { z } from 'astro/zod';
import { calendarDateProblem, formatDate } from '../notice/dates.ts';
import { calendarDate } from './date.ts';
import { strictObject, text } from './fields.ts';

/**
 * The inspection period: the team is stationed from `start` to `end`
 * (both days included) and accepts reports until `reportsUntil` if the
 * notice sets an earlier last day, otherwise until `end`. A notice may give
 * no end, or only a duration in words (为期4个半月), which is kept as words:
 * an end is written only where the notice makes it exact.
 */
export function periodSchema() {
  return strictObject(
    {
      /** First day of the inspection. */
      start: calendarDate(),
      /** Last day of the inspection (included), when the notice makes it exact. */
      end: calendarDate().optional(),
      /** How long, in the notice's words, e.g. 4个半月, 约1个月, 60天. */
      duration: text('为期多久的原文，如 "2个月"、"4个半月"').optional(),
      /** Last day for accepting reports, when the notice names one; inside the period. */
      reportsUntil: calendarDate().optional(),
    },
    '巡视期间',
  ).superRefine((period, ctx) => {
    // Compare only dates that are themselves valid (their own messages say
    // what is wrong); valid "YYYY-MM-DD" strings sort as the days do.
    const valid = (day: string | undefined) => day !== undefined && !calendarDateProblem(day);
    if (!valid(period.start)) return;
    const until = period.reportsUntil;
    if (!valid(period.end) || period.end === undefined) {
      if (valid(until) && until !== undefined && until < period.start)
        ctx.addIssue({
          code: 'custom',
          path: ['reportsUntil'],
          input: until,
          message: `受理截止日期 ${formatDate(until)} 早于开始日期 ${formatDate(period.start)}，应不早于开始日期`,
        });
      return;
    }
    if (period.end < period.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        input: period.end,
        message: `结束日期 ${formatDate(period.end)} 早于开始日期 ${formatDate(period.start)}，应不早于开始日期`,
      });
    }
    if (valid(until) && until !== undefined && (until < period.start || until > period.end)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reportsUntil'],
        input: until,
        message: `受理截止日期 ${formatDate(until)} 不在巡视期间内，应在 ${formatDate(period.start)} 至 ${formatDate(period.end)} 之间`,
      });
    }
  });
}

export type Period = z.output<ReturnType<typeof periodSchema>>;
