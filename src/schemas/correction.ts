/**
 * A correction: what changed in a notice after it was published (a corrected
 * phone number, an extended deadline), when, and what it said before and says
 * now. The page never shows a corrected value without saying so, and
 * content/notice-file.ts checks that the notice says `after` and no longer
 * says `before`.
 */
import type { z } from 'astro/zod';
import { calendarDate } from './date.ts';
import { list, strictObject, text } from './fields.ts';

export function correctionSchema() {
  return strictObject(
    {
      /** The day the correction was published. */
      date: calendarDate(),
      /** What was corrected, in a few words, e.g. 值班电话. */
      what: text('更正了什么，如 "值班电话"'),
      /** The value as the notice first said it, exactly as it was written. */
      before: text('更正前的写法，如 "0313-8011234"'),
      /** The value as the notice says it now, exactly as the front-matter or the text writes it. */
      after: text('更正后的写法，如 "0313-8015678"'),
    },
    '更正记录',
  );
}

/** The corrections of a notice, oldest first as published. */
export function correctionsSchema() {
  return list(correctionSchema(), '更正记录');
}

export type Correction = z.output<ReturnType<typeof correctionSchema>>;
