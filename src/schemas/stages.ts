/**
 * The facts of the stages after an arrival, each only in its own kind of
 * notice: the feedback (反馈), the rectification report (整改进展情况) and the
 * withdrawal (撤离). Their channels (where to send further reports, or
 * comments on the rectification) are the notice's `channels`, like any other.
 */
import { z } from 'astro/zod';
import { calendarDate } from './date.ts';
import { list, strictObject, text, typeMessage } from './fields.ts';
import { clockTime } from './hours.ts';

/** The feedback meeting: the team tells the unit what it found. */
export function feedbackSchema() {
  return strictObject(
    {
      /** The day the feedback was given. */
      date: calendarDate(),
      /** Who gave it, in the notice's words, e.g. 省委第九巡视组组长某某. */
      by: text('谁反馈，如 "省委第九巡视组组长某某"').optional(),
      /** Who received it, e.g. 中共张家口市委. */
      to: text('向谁反馈，如 "张家口市委领导班子"').optional(),
      /** The problems found, each in the notice's words, in its order; may be empty. */
      problems: list(text('一个问题的原文'), '发现的问题', 0).default([]),
    },
    '反馈情况',
  );
}

/** One figure a rectification report states: 问题 45 个, 已完成整改 40 个. */
export function figureSchema() {
  return strictObject(
    {
      /** What is counted, in the notice's words, e.g. 已完成整改. */
      what: text('统计的是什么，如 "已完成整改的问题"'),
      /** The number, as the notice gives it. */
      count: z
        .number({ error: typeMessage('不带引号的数字，如 45') })
        .nonnegative({ error: (issue) => `收到 ${String(issue.input)}，应为不小于 0 的数字` }),
      /** Its unit, e.g. 个, 件, 人, 万元. */
      unit: text('单位，如 "个"、"件"、"万元"').optional(),
    },
    '一项整改数字',
  );
}

/** The inspected body's report on what it has put right. */
export function rectificationSchema() {
  return strictObject(
    {
      /** Who publishes the report, e.g. 中共张家口市委. */
      publisher: text('发布整改情况的单位，如 "中共张家口市委"'),
      /** The last day comments on the rectification are taken, when the notice names one. */
      commentsUntil: calendarDate().optional(),
      /** The figures the report states, in its order; may be empty. */
      figures: list(figureSchema(), '整改数字', 0).default([]),
    },
    '整改情况',
  );
}

/** When the team leaves and its channels stop, and what to use instead. */
export function withdrawalSchema() {
  return strictObject(
    {
      /** The day the channels stop being used. */
      stops: calendarDate(),
      /** The time of that day they stop, Beijing time, when the notice names one; the day's end otherwise. */
      at: clockTime().optional(),
      /** What readers should use instead, in the notice's words, e.g. 群众信访请通过正常渠道反映. */
      instead: text('此后如何反映的原文，如 "群众信访请通过正常渠道反映"').optional(),
    },
    '撤离情况',
  );
}

export type Feedback = z.output<ReturnType<typeof feedbackSchema>>;
export type Rectification = z.output<ReturnType<typeof rectificationSchema>>;
export type Withdrawal = z.output<ReturnType<typeof withdrawalSchema>>;
