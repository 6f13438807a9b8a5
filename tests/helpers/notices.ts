import { readFileSync } from 'node:fs';
import { parseNoticeFile } from '../../src/content/notice-file.ts';
import { isStay, type Notice, type StayNotice } from '../../src/schemas/notice.ts';

export const SEED_NOTICE = 'content/notices/2018-hebei-9-zhangjiakou.mdx';

/** Every contact detail of the seed notice, as the page writes it: what a reader must always find. */
export const SEED_CONTACT_TEXTS = [
  '0313-2568718',
  '每天 8:00 至 20:00',
  '张家口018信箱',
  '075000',
  '18830681009',
  '只接收短信',
  'hbswxsz09@hebei.gov.cn',
  '市政府大楼南楼南门',
  '市政府大楼北楼北门',
  '奥霏斯酒店门口',
];

/** A notice file's front-matter, read as the build reads it, and its body. */
export function readNotice(path: string): { data: Record<string, unknown>; body: string } {
  const { data, body } = parseNoticeFile(readFileSync(path, 'utf8'));
  return { data: data as Record<string, unknown>, body };
}

/** The notice as a stay (an arrival or a review), which the tests that read its period expect it to be. */
export function asStay(notice: Notice): StayNotice {
  if (!isStay(notice)) throw new Error(`expected an arrival or a review, got ${notice.kind}`);
  return notice;
}
