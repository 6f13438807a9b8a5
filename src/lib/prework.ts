/**
 * The build's work on the notices beside Astro, on the other core: what the
 * notices' pages need besides the content store, and the notices' own files.
 *
 * Astro renders pages on one core. While it starts and loads the content
 * (about 5 s at 10,000 notices), a process of build.ts's
 * (src/cli/prework.ts) reads each notice in full, renders its text
 * (src/lib/noticeText.ts) and the QR code of its address (src/lib/qr.ts)
 * into a pack (src/lib/noticePack.ts); the notice page takes them from there
 * instead of making them itself (at 10,000 notices, about 3 s of the text
 * and 4 s of QR codes in a CPU profile of the render). Then it writes the
 * notices' .vcf, .ics and .json, and /notices.json of them all, which depend
 * on nothing Astro makes. The pack is made by the same function the page
 * would call (src/lib/noticePage.ts), so a page is the same either way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { noticeUrl, yearOf } from './archive.ts';
import type { BuildState } from './buildState.ts';
import { digestFile, readFileStats } from './fileStats.ts';
import { listNoticeFiles } from './noticeFiles.ts';
import {
  hasNoticeFiles,
  NOTICE_LIST,
  readNoticeRecord,
  removeNoticeFiles,
  writeNoticeFiles,
  writeNoticeList,
} from './noticeOutputs.ts';
import { PackWriter } from './noticePack.ts';
import { makeNoticePage } from './noticePage.ts';
import { NoticeError, readNoticeSource } from './noticeSource.ts';

/**
 * What `make` makes of a notice file; undefined when the file is not a valid
 * notice: Astro's content loader, running meanwhile, refuses it and says why.
 */
async function unlessInvalid<T>(make: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await make();
  } catch (error) {
    if (error instanceof NoticeError) return undefined;
    throw error;
  }
}

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
 * The build's work on the notices beside Astro: first the pack, with what
 * the page of every notice whose page will be rendered (one that is new or
 * changed since `previous`) needs, in the order Astro renders them; then
 * the notices' own files (src/lib/noticeOutputs.ts), for the same notices and
 * any whose files are missing, and the files of notices no longer there are
 * deleted; then /notices.json, when any of that changed it. Files are read
 * one at a time and twice rather than held: this runs while Astro holds the
 * most memory. On any error the pack is ended where it is, so that pages
 * waiting for the rest make their own, and the error is thrown.
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
      const page = await unlessInvalid(() => makeNoticePage(text, path, url));
      if (page) pack.add(id, digest, url, page);
    }
  } finally {
    pack.finish();
  }

  // What the notice route will record (src/lib/buildState.ts), known here before Astro is done.
  const notices: BuildState['notices'] = {};
  // The records of the notices written now, and the notices whose record is already there.
  const records: string[] = [];
  const kept: string[] = [];
  let written = 0;
  for (const { id, path } of files) {
    const digest = digests.get(id)!;
    const before = previous?.[id];
    if (before?.digest === digest && hasNoticeFiles(outDir, id)) {
      notices[id] = before;
      kept.push(id);
      continue;
    }
    const notice = await unlessInvalid(() => readNoticeSource(readFileSync(path, 'utf8'), path).data);
    if (!notice) continue;
    records.push(writeNoticeFiles(outDir, site, id, notice));
    notices[id] = { digest, year: yearOf({ data: notice }) };
    written++;
  }
  let removed = 0;
  for (const id of Object.keys(previous ?? {}))
    if (!digests.has(id)) {
      removeNoticeFiles(outDir, id);
      removed++;
    }
  if (written || removed || !existsSync(join(outDir, NOTICE_LIST)))
    writeNoticeList(outDir, [...records, ...kept.map((id) => readNoticeRecord(outDir, id))]);
  return { notices, rendered: pack.size, written };
}
