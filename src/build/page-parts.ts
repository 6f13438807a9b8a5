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
import type { Notice } from '../schemas/notice.ts';
import { packed } from './page-parts-store.ts';
import { readEntryNotice } from '../content/notice-file.ts';
import { renderNoticeBody } from '../content/notice-body.ts';
import { qrSvg } from '../formats/qr.ts';

export interface NoticePage {
  data: Notice;
  /** The notice's text as HTML. */
  body: string;
  /** The QR code of the page's address, as SVG. */
  qr: string;
}

/** Makes them for the page at `url` of a notice read and validated (`data`) from `source`, the file at `path`. */
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
  const { data, source, path } = readEntryNotice(entry, root);
  return renderNoticePage(data, source, path, url);
}
