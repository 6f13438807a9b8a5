import { z } from 'astro/zod';
import { clockTimeProblem, formatClock, minutesOf } from '../notice/hours.ts';
import { mismatch, missing } from '../notice/messages.ts';
import { isPlaceholder, placeholderMessage } from '../notice/placeholder.ts';
import { checkedString, list, strictObject } from './fields.ts';

function clockTime() {
  return checkedString('带引号的时间，如 "08:00"', clockTimeProblem).meta({
    pattern: '^(?:[01]\\d|2[0-3]):[0-5]\\d$|^24:00$',
  });
}

const valid = (time: string) => !clockTimeProblem(time);

function rangeSchema() {
  return strictObject(
    {
      /** Opening time, "HH:MM". */
      from: clockTime(),
      /** Closing time, "HH:MM", later than `from` ("24:00" for midnight). */
      to: clockTime(),
    },
    '一个时段（from 和 to）',
  ).superRefine((range, ctx) => {
    if (valid(range.from) && valid(range.to) && minutesOf(range.to) <= minutesOf(range.from)) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        input: range.to,
        message: `结束时间 ${formatClock(range.to)} 不晚于开始时间 ${formatClock(range.from)}，应晚于开始时间`,
      });
    }
  });
}

/** The days rules a phone can be staffed on, and how each reads on the page. */
export const DAYS_IN_WORDS = {
  daily: '每天',
  workdays: '工作日',
} as const;

const daysRules = Object.keys(DAYS_IN_WORDS) as [
  keyof typeof DAYS_IN_WORDS,
  ...(keyof typeof DAYS_IN_WORDS)[],
];
const daysChoices = daysRules.map((rule) => `${rule}（${DAYS_IN_WORDS[rule]}）`).join(' 或 ');

/** When a phone is staffed: which days, and the time ranges on those days (Beijing time). */
export function hoursSchema() {
  return strictObject(
    {
      /** "daily" (每天) or "workdays" (工作日). */
      days: z.enum(daysRules, {
        error: (issue) => {
          if (issue.input === undefined) return missing(daysChoices);
          if (isPlaceholder(issue.input)) return placeholderMessage(issue.input);
          return mismatch(issue.input, daysChoices);
        },
      }),
      /** One or more time ranges, in order, not overlapping. */
      ranges: list(rangeSchema(), '时段'),
    },
    '受理时间',
  ).superRefine((hours, ctx) => {
    hours.ranges.forEach((range, index) => {
      const previous = hours.ranges[index - 1];
      if (!previous || ![previous.to, range.from].every(valid)) return;
      if (minutesOf(range.from) < minutesOf(previous.to)) {
        ctx.addIssue({
          code: 'custom',
          path: ['ranges', index, 'from'],
          input: range.from,
          message: `时段 ${formatClock(range.from)} 开始时，上一个时段（到 ${formatClock(previous.to)}）还没有结束，时段应按时间先后排列且互不重叠`,
        });
      }
    });
  });
}

export type Hours = z.output<ReturnType<typeof hoursSchema>>;
export type TimeRange = Hours['ranges'][number];
export type DaysRule = Hours['days'];
