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
import type { Notice } from '../schemas/notice.ts';
import { noticeUrl, yearOf } from '../notice/archive.ts';
import type { BuildState } from './state.ts';
import { digestFile, readFileStats } from '../content/file-stats.ts';
import {
  hasNoticeFiles,
  NOTICE_LIST,
  readNoticeRecord,
  removeNoticeFiles,
  writeNoticeFiles,
  writeNoticeList,
} from './data-files.ts';
import { PackWriter } from './page-parts-store.ts';
import { renderNoticePage } from './page-parts.ts';
import { listNoticeSources, NoticeError, readNotice } from '../content/notice-file.ts';
import { renderOrder } from '../search/shards.ts';

/**
 * The data of the notice file at `path`, read now unless `source` is given;
 * undefined when it is not a valid notice: Astro's content loader, running
 * meanwhile, refuses it and says why.
 */
function validNotice(path: string, source = readFileSync(path, 'utf8')): Notice | undefined {
  try {
    return readNotice(source, path).data;
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
 * The build's work on the notices beside Astro. First it reads every new or
 * changed notice (one whose digest differs from `previous`) in full; then
 * it makes the pack, with what each of their pages needs, in the order Astro
 * renders them (src/lib/searchShards.ts); then the notices' own files
 * (src/lib/noticeOutputs.ts), for the same notices and any whose files are
 * missing, deletes the files of notices no longer there, and writes
 * /notices.json when any of that changed it. The notices read are held
 * (30 to 50 MB at 10,000), their sources read again when needed: this runs
 * while Astro holds the most memory. On any error the pack is ended where
 * it is, so that pages waiting for the rest make their own, and the error
 * is thrown.
 *
 * Returns, besides counts, every valid notice's digest and year: what the
 * notice route records, known before Astro is done (the search index
 * starts from it, src/lib/searchIndex.ts).
 */
export async function prepareNotices({ base, outDir, site, dir, cacheDir, previous }: PrepareOptions) {
  const files = await listNoticeSources(base);
  // What the notice route will record (src/lib/buildState.ts), and the notices read to get there.
  const notices: BuildState['notices'] = {};
  const fresh = new Map<string, { path: string; digest: string; data: Notice }>();
  const present = new Set<string>();
  // A rebuild reads only the files whose stat changed since the content loader last read them.
  const known = previous ? readFileStats(cacheDir) : new Map();
  for (const { id, path } of files) {
    present.add(id);
    const { digest, source } = digestFile(path, known);
    const before = previous?.[id];
    if (before?.digest === digest) {
      notices[id] = before;
      continue;
    }
    const data = validNotice(path, source);
    if (!data) continue;
    fresh.set(id, { path, digest, data });
    notices[id] = { digest, year: yearOf({ data }) };
  }

  const pack = new PackWriter(dir);
  try {
    for (const id of renderOrder(notices)) {
      const notice = fresh.get(id);
      if (!notice) continue;
      const url = noticeUrl(id, site);
      const source = readFileSync(notice.path, 'utf8');
      pack.add(id, notice.digest, url, await renderNoticePage(notice.data, source, notice.path, url));
    }
  } finally {
    pack.finish();
  }

  // The records of the notices written now, and the notices whose record is already there.
  const records: string[] = [];
  const kept: string[] = [];
  for (const { id, path } of files) {
    if (!notices[id]) continue;
    let data = fresh.get(id)?.data;
    if (!data && hasNoticeFiles(outDir, id)) {
      kept.push(id);
      continue;
    }
    // Unchanged, but its files are missing.
    data ??= validNotice(path);
    if (data) records.push(writeNoticeFiles(outDir, site, id, data));
  }
  let removed = 0;
  for (const id of Object.keys(previous ?? {}))
    if (!present.has(id)) {
      removeNoticeFiles(outDir, id);
      removed++;
    }
  if (records.length || removed || !existsSync(join(outDir, NOTICE_LIST)))
    writeNoticeList(outDir, [...records, ...kept.map((id) => readNoticeRecord(outDir, id))]);
  return { notices, rendered: pack.size, written: records.length };
}
