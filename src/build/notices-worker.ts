/**
 * The build's work on the notices beside Astro, on the other core: first the
 * parts of the notice pages Astro renders, then each notice's data files and
 * /notices.json; the search index (build/search-index.ts) is written from
 * that list once Astro has ended. A rebuild redoes only what the changed
 * notices touch.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestFile, readFileStats } from '../content/file-stats.ts';
import type { BodyContent } from '../content/mdx-body.ts';
import { publishedFiles } from '../content/notice-assets.ts';
import { listNoticeSources, NoticeError, readNotice } from '../content/notice-file.ts';
import { NOTICE_LIST } from '../formats/data-files.ts';
import type { NoticeRecord } from '../formats/open-data.ts';
import {
  hasDataFiles,
  readNoticeList,
  removeDataFiles,
  writeDataFiles,
  writeNoticeList,
} from './data-files.ts';
import { makePageParts, type PageParts } from './page-parts.ts';
import { indexNotices, type SearchDone } from './search-index.ts';
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

/** Where the parts of the pages Astro renders meanwhile go (build/page-parts.ts). */
export interface PagePartsSink {
  add(id: string, fileDigest: string, url: string, parts: PageParts): void;
  finish(): void;
}

export interface NoticeFilesDone {
  /** Every valid notice's digest. */
  notices: BuildState['notices'];
  /** Notices whose data files were written, and removed. */
  written: number;
  removed: number;
}

export type NoticesWorkDone = NoticeFilesDone & SearchDone;

/**
 * Makes the page parts of every new or changed notice (into `parts`), then
 * writes the data files of those and of any notice missing its files,
 * removes those of notices no longer there, and writes /notices.json when
 * any of that changed it. A file that is not a valid notice is left out: the
 * content loader, in Astro meanwhile, refuses it and says why.
 */
export async function writeNoticeFiles({
  base,
  outDir,
  site,
  cacheDir,
  previous,
  parts,
}: NoticesWork & { parts?: PagePartsSink | undefined }): Promise<NoticeFilesDone> {
  const records = previous ? readNoticeList(outDir) : new Map<string, NoticeRecord>();
  const notices: BuildState['notices'] = {};
  // A rebuild reads only the files whose stat changed since the content loader last read them.
  const known = previous ? readFileStats(cacheDir) : new Map();
  // First what Astro's pages wait for: their parts, in the order it renders them (id order).
  const fresh = new Map<string, { data: Notice; content: BodyContent; path: string }>();
  try {
    for (const { id, path } of await listNoticeSources(base)) {
      const { digest, source: read } = digestFile(path, known);
      if (previous?.notices[id] === digest && records.has(id) && hasDataFiles(outDir, id)) {
        notices[id] = digest;
        continue;
      }
      records.delete(id);
      const source = read ?? readFileSync(path, 'utf8');
      let data: Notice;
      let content: BodyContent;
      try {
        ({ data, content } = readNotice(source, path, { path }));
      } catch (error) {
        if (error instanceof NoticeError) continue;
        throw error;
      }
      notices[id] = digest;
      fresh.set(id, { data, content, path });
      // Only a page Astro renders again needs parts: its notice is new or changed.
      if (parts && previous?.notices[id] !== digest) {
        const url = noticeUrl(id, site);
        parts.add(id, digest, url, await makePageParts(data, content, source, path, url));
        // The pages' requests are answered between notices.
        await new Promise(setImmediate);
      }
    }
  } finally {
    parts?.finish();
  }
  for (const [id, { data, content, path }] of fresh) {
    records.set(id, writeDataFiles(outDir, site, id, data, publishedFiles(id, path, content, site)));
    await new Promise(setImmediate);
  }
  const written = fresh.size;
  fresh.clear();
  // Gone, or no longer valid: their files go too.
  let removed = 0;
  for (const id of new Set([...Object.keys(previous?.notices ?? {}), ...records.keys()]))
    if (!notices[id]) {
      records.delete(id);
      removeDataFiles(outDir, id);
      removed++;
    }
  if (written || removed || !existsSync(join(outDir, NOTICE_LIST))) writeNoticeList(outDir, records.values());

  return { notices, written, removed };
}

/** All the build's work on the notices, one after the other: their files, then the search index. */
export async function workOnNotices(work: NoticesWork): Promise<NoticesWorkDone> {
  const files = await writeNoticeFiles(work);
  const search = await indexNotices({
    outDir: work.outDir,
    notices: files.notices,
    previous: work.previous?.shards,
  });
  return { ...files, ...search };
}
