/**
 * What a notice's corrections mean: when it was last updated, which of its
 * values a correction changed, and what is wrong with the corrections an
 * editor wrote. Pure: the page, the feed, the data files and the check use it.
 */
import type { Correction } from '../schemas/correction.ts';
import { calendarDateProblem, formatDate } from './dates.ts';

interface Corrected {
  published: string;
  corrections?: readonly Correction[] | undefined;
}

/** The day of the latest correction, when the notice has any. */
export function lastUpdated(notice: Corrected): string | undefined {
  return notice.corrections?.reduce<string | undefined>(
    (latest, { date }) => (latest && latest > date ? latest : date),
    undefined,
  );
}

/** Every string a value holds, with its path ("channels.0.numbers.1"). */
export function leafStrings(value: unknown, path = ''): [path: string, text: string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'number') return [[path, String(value)]];
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (Array.isArray(value)) return value.flatMap((item, index) => leafStrings(item, at(index)));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => leafStrings(item, at(key)));
  return [];
}

/** The corrections whose new value a part of the notice (a channel, its period) shows. */
export function correctionsIn(part: unknown, corrections: readonly Correction[] = []): Correction[] {
  const texts = leafStrings(part).map(([, text]) => text);
  return corrections.filter(({ after }) => texts.some((text) => text.includes(after)));
}

/** A corrected value as a reader reads it: a day of the front-matter ("2026-04-17") in words. */
export function shownValue(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !calendarDateProblem(value) ? formatDate(value) : value;
}

/** "值班电话由 0313-8011234 改为 0313-8015678": a correction in one phrase. */
export function correctionLine({ what, before, after }: Correction): string {
  return `${what}由 ${shownValue(before)} 改为 ${shownValue(after)}`;
}

/** "2018年7月25日更正：值班电话由 … 改为 …". */
export function correctionNote(correction: Correction): string {
  return `${formatDate(correction.date)}更正：${correctionLine(correction)}`;
}

/** The anchor of a notice's `index`th correction on its page: the feed links each. */
export function correctionAnchor(index: number): string {
  return `correction-${index + 1}`;
}

/** One problem of a notice's corrections: its field and a Chinese message. */
export interface CorrectionProblem {
  field: string;
  message: string;
}

/** Whether `text` says `before` other than as part of `after` (a deadline 8月30日 extended to 8月30日至9月15日). */
function says(text: string, before: string, after: string): boolean {
  return text.split(after).some((part) => part.includes(before));
}

/** The first line of `body` holding `text`, counted from the file's line `bodyLine`. */
function lineOf(body: string, text: string, after: string, bodyLine: number): number {
  const parts = body.split(after);
  const part = parts.findIndex((piece) => piece.includes(text));
  const offset =
    parts.slice(0, part).join(after).length + (part > 0 ? after.length : 0) + parts[part]!.indexOf(text);
  return bodyLine + body.slice(0, offset).split('\n').length - 1;
}

/**
 * What is wrong with the corrections of a valid notice `data` whose text is
 * `body` (starting on the file's line `bodyLine`): a correction dated before
 * the notice or before the one it follows, one that changes nothing, a new
 * value the notice does not say, an old value it still says.
 */
export function correctionProblems(
  data: Corrected & Record<string, unknown>,
  body: string,
  bodyLine: number,
): CorrectionProblem[] {
  const problems: CorrectionProblem[] = [];
  const { corrections = [], ...rest } = data;
  const leaves = leafStrings(rest);
  corrections.forEach(({ date, before, after }, index) => {
    const field = (name: string) => `corrections.${index}.${name}`;
    if (date < data.published)
      problems.push({
        field: field('date'),
        message: `更正日期 "${date}" 早于公告的发布日期 "${data.published}"`,
      });
    const previous = corrections[index - 1];
    if (previous && date < previous.date)
      problems.push({
        field: field('date'),
        message: `更正日期 "${date}" 早于上一条更正的日期 "${previous.date}"：更正记录应按日期从早到晚排列`,
      });
    if (before === after) {
      problems.push({
        field: field('after'),
        message: `更正前后的写法相同（"${after}"）：应写出更正前和更正后的不同写法`,
      });
      return;
    }
    if (!leaves.some(([, text]) => text.includes(after)) && !body.includes(after))
      problems.push({
        field: field('after'),
        message: `更正后的写法 "${after}" 在前置信息和正文中都没有出现：应照抄公告现在的写法，如 "0313-8015678"`,
      });
    const stale = leaves.find(([, text]) => says(text, before, after));
    if (stale)
      problems.push({
        field: field('before'),
        message: `更正前的写法 "${before}" 仍出现在 ${stale[0]}（"${stale[1]}"）：应改为更正后的写法 "${after}"`,
      });
    if (says(body, before, after))
      problems.push({
        field: field('before'),
        message: `更正前的写法 "${before}" 仍出现在正文第 ${lineOf(body, before, after, bodyLine)} 行：应改为更正后的写法 "${after}"`,
      });
  });
  return problems;
}
