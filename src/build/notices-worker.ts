/**
 * The build's work on the notices beside Astro, on the other core: the parts
 * of each notice page Astro renders, made when the page asks for them, and
 * in between each notice's data files, /notices.json and the search index.
 * A rebuild redoes only what the changed notices touch.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestFile, noticeDigest, readFileStats } from '../content/file-stats.ts';
import { listNoticeSources, NoticeError, readNotice } from '../content/notice-file.ts';
import { NOTICE_LIST } from '../formats/data-files.ts';
import type { NoticeRecord } from '../formats/open-data.ts';
import { searchRecord } from '../formats/search-record.ts';
import { planShards } from '../search/shards.ts';
import { writeSearchIndex } from '../search/write-index.ts';
import {
  hasDataFiles,
  readNoticeList,
  removeDataFiles,
  writeDataFiles,
  writeNoticeList,
} from './data-files.ts';
import { makePageParts, type MadeParts } from './page-parts.ts';
import { noticeUrl } from '../notice/urls.ts';
import type { Notice } from '../schemas/notice.ts';
import type { BuildState } from './state.ts';

export interface NoticesWork {
  /** The notices folder. */
  base: string;
  /** The output folder, emptied or kept by the build. */
  outDir: string;
  site: URL | string;
  /** Astro's cache folder, where the content loader records the notice files' stats (content/file-stats.ts). */
  cacheDir: string;
  /** What the last build made, when this build keeps its output: only the rest is redone. */
  previous?: Pick<BuildState, 'notices' | 'shards'> | undefined;
}

/**
 * The parts of the page of the notice `id` (build/page-parts.ts), made from
 * its file as it is now; undefined when there is no such valid notice.
 */
export async function pagePartsOf(
  base: string,
  site: URL | string,
  id: string,
): Promise<MadeParts | undefined> {
  const path = join(base, `${id}.mdx`);
  if (!existsSync(path)) return undefined;
  const source = readFileSync(path, 'utf8');
  let data: Notice;
  try {
    ({ data } = readNotice(source, path));
  } catch (error) {
    if (error instanceof NoticeError) return undefined;
    throw error;
  }
  const url = noticeUrl(id, site);
  return { fileDigest: noticeDigest(source), url, parts: await makePageParts(data, source, path, url) };
}

export interface NoticesWorkDone {
  /** Every valid notice's digest. */
  notices: BuildState['notices'];
  shards: BuildState['shards'];
  /** Notices whose data files were written, and removed. */
  written: number;
  removed: number;
  /** Notices indexed for search, and the shards left as they were. */
  indexed: number;
  reused: number;
}

/**
 * Writes the data files of every notice that is new, changed or missing its
 * files, removes those of notices no longer there, writes /notices.json when
 * any of that changed it, then indexes the search shards whose notices
 * changed. A file that is not a valid notice is left out: the content
 * loader, in Astro meanwhile, refuses it and says why.
 */
export async function workOnNotices({
  base,
  outDir,
  site,
  cacheDir,
  previous,
}: NoticesWork): Promise<NoticesWorkDone> {
  const records = previous ? readNoticeList(outDir) : new Map<string, NoticeRecord>();
  const notices: BuildState['notices'] = {};
  // A rebuild reads only the files whose stat changed since the content loader last read them.
  const known = previous ? readFileStats(cacheDir) : new Map();
  let written = 0;
  for (const { id, path } of await listNoticeSources(base)) {
    // Between notices, the pages' requests for their parts are answered (pagePartsOf).
    await new Promise(setImmediate);
    const { digest, source: read } = digestFile(path, known);
    if (previous?.notices[id] === digest && records.has(id) && hasDataFiles(outDir, id)) {
      notices[id] = digest;
      continue;
    }
    records.delete(id);
    try {
      records.set(
        id,
        writeDataFiles(outDir, site, id, readNotice(read ?? readFileSync(path, 'utf8'), path).data),
      );
    } catch (error) {
      if (error instanceof NoticeError) continue;
      throw error;
    }
    notices[id] = digest;
    written++;
  }
  // Gone, or no longer valid: their files go too.
  let removed = 0;
  for (const id of new Set([...Object.keys(previous?.notices ?? {}), ...records.keys()]))
    if (!notices[id]) {
      records.delete(id);
      removeDataFiles(outDir, id);
      removed++;
    }
  if (written || removed || !existsSync(join(outDir, NOTICE_LIST))) writeNoticeList(outDir, records.values());

  const shards = planShards(notices);
  const search = await writeSearchIndex(
    outDir,
    shards,
    (id) => searchRecord(id, records.get(id)!),
    previous?.shards,
  );
  return {
    notices,
    shards: Object.fromEntries(shards.map((shard) => [shard.name, shard.key])),
    written,
    removed,
    indexed: search.indexed,
    reused: search.reused,
  };
}
