/**
 * One inspection: the notices of one team's inspection of one unit in one
 * round, from its arrival to its withdrawal. Its id is the id of its arrival
 * notice (the file name, without .mdx), so that it is stable, readable, and
 * names the notice that opened it; content/inspections.ts checks that it does.
 */
import { checkedString, text } from './fields.ts';
import { mismatch } from '../notice/messages.ts';

export const NOTICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id of the inspection a later notice belongs to: its arrival notice's id. */
export function inspectionIdSchema() {
  const expected = '进驻公告的文件名（不含 .mdx），如 "2018-hebei-9-zhangjiakou"';
  return checkedString(expected, (value) =>
    NOTICE_ID.test(value) ? undefined : mismatch(value, expected),
  ).meta({
    pattern: NOTICE_ID.source,
  });
}

/** The round an arrival belongs to, e.g. 十届省委第三轮巡视: its teams and units share a page. */
export function roundSchema() {
  return text('巡视轮次，如 "十届省委第三轮巡视"');
}
