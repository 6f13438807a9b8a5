/**
 * What the build does to the pages Astro wrote, once it has ended: each
 * page's CSP kept to its own hashes (build/csp.ts), and its twin in
 * Traditional characters written under /zh-hant/ (formats/traditional.ts),
 * with the feed and the scripts the pages load on demand. It runs beside
 * the search index, whose work is in Pagefind's own process.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { hasTwinFile, traditionalFeed, traditionalPage, toTraditional } from '../formats/traditional.ts';
import { HANT_PREFIX } from '../notice/urls.ts';
import { SEARCH_DIR } from '../search/write-index.ts';
import { ownHashesOnly } from './csp.ts';

/** The Traditional site's folder in the output: zh-hant/. */
export const HANT_DIR = HANT_PREFIX.slice(1);

/** Files converted between two waits on the writes: the event loop meanwhile answers Pagefind. */
const BATCH = 32;

export interface FinishedPages {
  /** Pages whose CSP lost hashes not their own. */
  pruned: number;
  /** Pages, feeds and scripts written in Traditional characters. */
  converted: number;
}

/**
 * The files of the output a twin is made of, as paths inside it: pages, the
 * feed, the scripts of _astro/. Not the search index nor the Traditional site
 * itself, whose many files need not even be listed.
 */
function sources(outDir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(outDir, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (path !== SEARCH_DIR && path !== HANT_DIR) walk(path);
      } else if (entry.name.endsWith('.html') || hasTwinFile(`/${path}`)) found.push(path);
    }
  };
  walk('');
  return found;
}

/**
 * Every page under `outDir` written at or after `since` (ms): its CSP pruned
 * and its Traditional twin written; and a page whose twin is missing (a
 * build before the Traditional site, say) gets one. `site` is the site's address.
 *
 * Measured at 10,000 notices (28,500 pages): converting is about 25 s of one
 * core and writing the twins about 30 s of the disk. So a batch is read and
 * converted here while the last batch's files are written by Node's thread
 * pool (awaited before the next are sent); a read and a write a page through
 * the pool, one after the other, took 77 s in all.
 */
export async function finishWrittenPages(
  outDir: string,
  since: number,
  site: string,
): Promise<FinishedPages> {
  const done: FinishedPages = { pruned: 0, converted: 0 };
  const folders = new Set<string>();
  let writing: Promise<unknown> = Promise.resolve();
  let batch: [path: string, content: string][] = [];
  const flush = async () => {
    await writing;
    const files = batch;
    batch = [];
    writing = Promise.all(files.map(([path, content]) => writeFile(path, content)));
  };
  for (const inSite of sources(outDir)) {
    const path = join(outDir, inSite);
    const twin = join(outDir, HANT_DIR, inSite);
    if (statSync(path).mtimeMs < since && existsSync(twin)) continue;
    let content = readFileSync(path, 'utf8');
    const page = inSite.endsWith('.html');
    if (page) {
      const own = ownHashesOnly(content);
      if (own !== content) {
        batch.push([path, own]);
        done.pruned += 1;
        content = own;
      }
    }
    const folder = dirname(twin);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    batch.push([
      twin,
      page
        ? ownHashesOnly(traditionalPage(content, site))
        : inSite === 'rss.xml'
          ? traditionalFeed(content, site)
          : toTraditional(content),
    ]);
    done.converted += 1;
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  await writing;
  return done;
}
