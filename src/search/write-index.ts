/**
 * Writing the search index: Pagefind's extended build (the npm package's,
 * which segments Chinese) indexes each shard from its notices' search
 * records, not from the built pages, so it can run beside Astro's render.
 */
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../formats/search-record.ts';
import type { Shard } from './shards.ts';

/** The folder of the index in the site: /pagefind/<shard>/. */
export const SEARCH_DIR = 'pagefind';

/** Pagefind's ready-made interfaces, which the search page does not use. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

async function indexShard(
  name: string,
  records: readonly SearchRecord[],
  outputPath: string,
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // All at once: the answers come back in any order, but the index is the same, byte for byte,
  // as when they are sent one at a time (tested), and waiting for each tripled the time.
  const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
  const failed = added.flatMap((result) => result.errors);
  if (failed.length) throw new Error(`Pagefind could not index shard ${name}: ${failed.join('; ')}`);
  await rm(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length)
    throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  await Promise.all(UNUSED.map((file) => rm(join(outputPath, file), { force: true })));
  await index.deleteIndex();
  return added.length;
}

/**
 * Writes the search index of the site in `site`: each shard whose key differs
 * from `previous` (or whose folder is missing) is indexed again, one at a
 * time, in a temporary folder that then replaces its old one; folders of
 * shards no longer planned are removed. Returns how many notices' records
 * were indexed, and how many shards were left as they were.
 */
export async function writeSearchIndex(
  site: string,
  shards: readonly Shard[],
  recordOf: (id: string, holds: Shard['holds']) => SearchRecord,
  previous: Readonly<Record<string, string>> = {},
): Promise<{ indexed: number; reused: number }> {
  const root = join(site, SEARCH_DIR);
  const names = new Set(shards.map((shard) => shard.name));
  if (existsSync(root))
    for (const entry of await readdir(root))
      if (!names.has(entry)) await rm(join(root, entry), { recursive: true, force: true });
  const stale = shards.filter(
    (shard) => previous[shard.name] !== shard.key || !existsSync(join(root, shard.name, 'pagefind.js')),
  );
  let indexed = 0;
  try {
    for (const shard of stale) {
      const fresh = join(root, `${shard.name}.new`);
      const count = await indexShard(
        shard.name,
        shard.ids.map((id) => recordOf(id, shard.holds)),
        fresh,
      );
      if (shard.holds === 'record') indexed += count;
      await rm(join(root, shard.name), { recursive: true, force: true });
      await rename(fresh, join(root, shard.name));
    }
  } finally {
    await pagefind.close();
  }
  return { indexed, reused: shards.length - stale.length };
}
