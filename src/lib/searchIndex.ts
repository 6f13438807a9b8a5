/**
 * Builds the search index with Pagefind once Astro has written the site
 * (src/cli/build.ts runs it after \`astro build\` exits).
 * Pagefind's extended binary (the one the npm package ships) segments
 * Chinese words, so 李寿松 or 018信箱 are found inside running text. Only
 * notice pages are indexed: they mark their content with data-pagefind-body.
 */
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Indexes the built notice pages in `dir`; returns how many. */
export async function writeSearchIndex(dir: URL): Promise<number> {
  const site = fileURLToPath(dir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob: 'notices/*/index.html' });
  if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length)
    throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}
