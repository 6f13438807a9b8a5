/**
 * Where a notice comes from: who published the original, where and when, so
 * that a reader can check it against its source. Each part only when known:
 * a notice typed from a copy (the seed) may know none of them, and its page
 * says so rather than guess.
 */
import { calendarDate } from './date.ts';
import { strictObject, text, webAddress } from './fields.ts';

export function sourceSchema() {
  return strictObject(
    {
      /** Who published the original (发布单位), e.g. 中共某某市纪委监委网站. */
      publisher: text('原公告的发布单位，如 "中共某某市纪委监委网站"'),
      /** The original's address. */
      url: webAddress().optional(),
      /** The day the original was published, when it differs from or confirms `published`. */
      published: calendarDate().optional(),
    },
    '来源',
  );
}
