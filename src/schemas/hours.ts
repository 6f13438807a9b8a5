import { z } from 'astro/zod';
import { clockTimeProblem, formatClock, minutesOf } from '../notice/hours.ts';
import { mismatch, missing } from '../notice/messages.ts';
import { isPlaceholder, placeholderMessage } from '../notice/placeholder.ts';
import { checkedString, list, strictObject, text } from './fields.ts';

export function clockTime() {
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

/**
 * When a channel is staffed, Beijing time, in one of three forms: days and
 * time ranges; days, all day (24 小时); or only the notice's words
 * ("工作日的上班时间"), which the page quotes and nothing computes from.
 */
export function hoursSchema() {
  return strictObject(
    {
      /** "daily" (每天) or "workdays" (工作日). */
      days: z
        .enum(daysRules, {
          error: (issue) => {
            if (isPlaceholder(issue.input)) return placeholderMessage(issue.input);
            return mismatch(issue.input, daysChoices);
          },
        })
        .optional(),
      /** One or more time ranges, in order, not overlapping. */
      ranges: list(rangeSchema(), '时段').optional(),
      /** All day long (24 小时), on the days given. */
      allDay: z
        .literal(true, { error: (issue) => mismatch(issue.input, 'true（全天受理），或不写') })
        .optional(),
      /** The notice's own words when it gives no times, e.g. 工作日的上班时间. */
      words: text('受理时间的原文，如 "工作日的上班时间"').optional(),
    },
    '受理时间',
  ).superRefine((hours, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], input: hours[path as keyof typeof hours], message });
    if (hours.words !== undefined) {
      for (const field of ['days', 'ranges', 'allDay'] as const)
        if (hours[field] !== undefined)
          issue(
            field,
            `已用 words 写了受理时间的原文，不要再写 ${field}：三种写法（时段、全天、原文）只选一种`,
          );
      return;
    }
    if (hours.days === undefined) issue('days', missing(daysChoices));
    if (hours.allDay && hours.ranges)
      issue('ranges', '已写 allDay: true（全天受理），不要再写时段：两者只选一种');
    if (!hours.allDay && !hours.ranges)
      issue('ranges', missing('时段的列表（如 - from: "08:00" 和 to: "17:30"），全天受理则写 allDay: true'));
    hours.ranges?.forEach((range, index) => {
      const previous = hours.ranges?.[index - 1];
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
export type TimeRange = NonNullable<Hours['ranges']>[number];
export type DaysRule = NonNullable<Hours['days']>;
