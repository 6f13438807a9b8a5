/**
 * The build's work on the notices beside Astro, on the other core: the
 * notices' text and QR codes for their pages, and the notices' own files.
 *
 * Astro renders pages on one core. While it starts and loads the content
 * (about 5 s at 10,000 notices), a process of build.ts's
 * (src/cli/prework.ts) renders each notice's text (src/lib/noticeText.ts)
 * and the QR code of its address (src/lib/qr.ts) into a pack
 * (src/lib/noticePack.ts); the notice page takes them from there instead of
 * making them itself (at 10,000 notices, about 3 s of the text and 4 s of QR
 * codes in a CPU profile of the render). Then it writes the notices' .vcf,
 * .ics and .json, which depend on nothing Astro makes. The pack is made by
 * the same functions the page would call, so a page is the same either way.
 */
import { readFileSync } from 'node:fs';
import { noticeUrl, yearOf } from './archive.ts';
import type { BuildState } from './buildState.ts';
import { digestFile, readFileStats } from './fileStats.ts';
import { listNoticeFiles } from './noticeFiles.ts';
import { hasNoticeFiles, parseNotice, removeNoticeFiles, writeNoticeFiles } from './noticeOutputs.ts';
import { PackWriter } from './noticePack.ts';
import { renderNoticeBody } from './noticeText.ts';
import { qrSvg } from './qr.ts';

export interface PrepareOptions {
  /** The notices folder. */
  base: string;
  /** The output folder, emptied or kept by build.ts. */
  outDir: string;
  site: URL | string;
  /** Where the pack goes (emptied first). */
  dir: string;
  /** Astro's cache folder, where the content loader records the notice files' stats (src/lib/fileStats.ts). */
  cacheDir: string;
  /** The last build's notices, when this build keeps its output: only the others are redone. */
  previous?: BuildState['notices'] | undefined;
}

/**
 * The build's work on the notices beside Astro: first the pack, with the
 * text and QR code of every notice whose page will be rendered (one that is
 * new or changed since `previous`), in the order Astro renders them; then
 * the notices' own files (src/lib/noticeOutputs.ts), for the same notices and
 * any whose files are missing, and the files of notices no longer there are
 * deleted. Files are read one at a time and twice rather than held: this
 * runs while Astro holds the most memory. On any error the pack is left
 * empty, so that pages waiting for it make their own, and the error is thrown.
 *
 * Returns, besides counts, every valid notice's digest and year: what the
 * notice route records, known before Astro is done (a rebuild's search
 * index starts from it, src/lib/searchIndex.ts).
 */
export async function prepareNotices({ base, outDir, site, dir, cacheDir, previous }: PrepareOptions) {
  const files = await listNoticeFiles(base);
  const digests = new Map<string, string>();
  const pack = new PackWriter(dir);
  try {
    // A rebuild reads only the files whose stat changed since the content loader last read them.
    const known = previous ? readFileStats(cacheDir) : new Map();
    for (const { id, path } of files) {
      const { digest, source } = digestFile(path, known);
      digests.set(id, digest);
      if (previous?.[id]?.digest === digest) continue;
      const url = noticeUrl(id, site);
      const text = source ?? readFileSync(path, 'utf8');
      pack.add(id, digest, url, await renderNoticeBody(text, path), await qrSvg(url));
    }
  } catch (error) {
    pack.finish(false);
    throw error;
  }
  pack.finish();

  // What the notice route will record (src/lib/buildState.ts), known here before Astro is done.
  const notices: BuildState['notices'] = {};
  let written = 0;
  for (const { id, path } of files) {
    const digest = digests.get(id)!;
    const before = previous?.[id];
    if (before?.digest === digest && hasNoticeFiles(outDir, id)) {
      notices[id] = before;
      continue;
    }
    const notice = parseNotice(readFileSync(path, 'utf8'));
    if (!notice) continue;
    writeNoticeFiles(outDir, site, id, notice);
    notices[id] = { digest, year: yearOf({ data: notice }) };
    written++;
  }
  for (const id of Object.keys(previous ?? {})) if (!digests.has(id)) removeNoticeFiles(outDir, id);
  return { notices, rendered: pack.size, written };
}
