/**
 * What a notice's own page shows besides the store's summary: the whole
 * notice, its text as HTML and the QR code of its address.
 *
 * In a build, the prework makes them ahead for every notice whose page will
 * be rendered (src/lib/prework.ts) and the page takes them from the pack
 * (src/lib/noticePack.ts); otherwise (`astro dev`, a plain `astro build`, a
 * notice the pack does not hold as it is now) the page makes them itself,
 * with the same function, so the page is the same either way.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Notice } from '../schemas/notice.ts';
import { packed } from './noticePack.ts';
import { readNoticeSource } from './noticeSource.ts';
import { renderNoticeBody } from './noticeText.ts';
import { qrSvg } from './qr.ts';

export interface NoticePage {
  data: Notice;
  /** The notice's text as HTML. */
  body: string;
  /** The QR code of the page's address, as SVG. */
  qr: string;
}

/**
 * Makes them from the notice file at `path` that says `source`, for the page
 * at `url`; `filePath` names the file in messages. Throws a NoticeError
 * (src/lib/noticeSource.ts) when the file is not a valid notice.
 */
export async function makeNoticePage(
  source: string,
  path: string,
  url: string,
  filePath = path,
): Promise<NoticePage> {
  return renderNoticePage(readNoticeSource(source, filePath).data, source, path, url);
}

/** The same, for a notice already read and validated (`data`) from `source`. */
export async function renderNoticePage(
  data: Notice,
  source: string,
  path: string,
  url: string,
): Promise<NoticePage> {
  return { data, body: await renderNoticeBody(source, path), qr: await qrSvg(url) };
}

/**
 * For the notice page of a content entry (its file relative to `root`, as the
 * store gives it): from the pack when this build made them ahead, otherwise
 * made here.
 */
export async function noticePage(
  entry: { id: string; digest?: unknown; filePath?: string | undefined },
  url: string,
  root = process.cwd(),
): Promise<NoticePage> {
  const ready = await packed(entry.id, String(entry.digest), url);
  if (ready) return ready;
  if (!entry.filePath) throw new Error(`公告 ${entry.id} 没有文件路径`);
  const path = resolve(root, entry.filePath);
  // Synchronously: a small file, read while the build writes pages.
  return makeNoticePage(readFileSync(path, 'utf8'), path, url, entry.filePath);
}
