/**
 * What the build does to the pages Astro wrote, once it has ended: each
 * page's CSP kept to its own hashes (build/csp.ts), and its twin in
 * Traditional characters written under /zh-hant/ (formats/traditional.ts),
 * with the feed and the scripts the pages load on demand. Asynchronous, a
 * page at a time, so that it runs beside the search index, whose work is in
 * Pagefind's own process.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { traditionalFeed, traditionalPage, toTraditional } from '../formats/traditional.ts';
import { HANT_PREFIX } from '../notice/urls.ts';
import { ownHashesOnly } from './csp.ts';

/** The Traditional site's folder in the output: zh-hant/. */
export const HANT_DIR = HANT_PREFIX.slice(1);

export interface FinishedPages {
  /** Pages whose CSP lost hashes not their own. */
  pruned: number;
  /** Pages, feeds and scripts written in Traditional characters. */
  converted: number;
}

/** Writes a file, its folder first. */
async function put(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/**
 * Every page under `outDir` written at or after `since` (ms): its CSP pruned
 * and its Traditional twin written; and a page whose twin is missing (a
 * build before the Traditional site, say) gets one. `site` is the site's address.
 */
export async function finishWrittenPages(
  outDir: string,
  since: number,
  site: string,
): Promise<FinishedPages> {
  const done: FinishedPages = { pruned: 0, converted: 0 };
  const hantRoot = join(outDir, HANT_DIR);
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const inSite = relative(outDir, path);
    if (inSite.startsWith(`${HANT_DIR}${sep}`)) continue;
    const page = entry.name.endsWith('.html');
    const feed = inSite === 'rss.xml';
    // Scripts a page loads on demand (reading aloud) show words too.
    const script = inSite.startsWith(`_astro${sep}`) && entry.name.endsWith('.js');
    if (!page && !feed && !script) continue;
    const twin = join(hantRoot, inSite);
    const fresh = (await stat(path)).mtimeMs >= since;
    if (!fresh && existsSync(twin)) continue;
    let content = await readFile(path, 'utf8');
    if (page) {
      const own = ownHashesOnly(content);
      if (own !== content) {
        await writeFile(path, own);
        done.pruned += 1;
        content = own;
      }
    }
    await put(
      twin,
      page
        ? ownHashesOnly(traditionalPage(content, site))
        : feed
          ? traditionalFeed(content, site)
          : toTraditional(content),
    );
    done.converted += 1;
  }
  return done;
}
