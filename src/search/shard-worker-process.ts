/**
 * Shards of the search index, in a process of its own (run by
 * src/lib/searchIndex.ts, not by hand): for each job it is sent, Pagefind
 * indexes the given notice pages and writes the shard's files, until the
 * parent disconnects. Pagefind works on one core; two of these use both.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { ShardJob, ShardReply } from './write-index.ts';

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

async function indexShard({ site, pages, outputPath }: ShardJob): Promise<number> {
  // One Pagefind process serves every shard this worker is given; each shard is an index of its own.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind reads the pages itself, on several threads: faster than sending each one over.
  const added = await index.addDirectory({ path: site, glob: `{${pages.join(',')}}` });
  if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
  if (added.page_count !== pages.length)
    throw new Error(`Pagefind indexed ${added.page_count} of ${pages.length} pages in ${site}`);
  await rm(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length)
    throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  await Promise.all(UNUSED.map((file) => rm(join(outputPath, file), { force: true })));
  await index.deleteIndex();
  return pages.length;
}

process.on('message', async (job: ShardJob) => {
  let reply: ShardReply;
  try {
    reply = { indexed: await indexShard(job) };
  } catch (error) {
    reply = { error: (error as Error).message };
  }
  process.send?.(reply);
});
process.once('disconnect', () => void pagefind.close());
