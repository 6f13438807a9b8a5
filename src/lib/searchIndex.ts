/**
 * The search index: Pagefind, one index per year or run of years (a shard,
 * src/lib/searchShards.ts), merged in the browser by the search page.
 *
 * Pagefind's extended binary (the one the npm package ships) segments
 * Chinese words, so 李寿松 or 018信箱 are found inside running text. Only
 * notice pages are indexed, and only what they mark with data-pagefind-body.
 *
 * One index over 10,000 notices took 17 s and 2.7 GB: Pagefind holds the
 * whole index in memory and works on one core. Shards cost a fraction of
 * the memory each, index in parallel on separate Pagefind processes, and a
 * rebuild indexes again only the shards whose notices changed.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digest, type BuildState } from './buildState.ts';
import { countByYear, groupYears } from './searchShards.ts';

export const SEARCH_DIR = 'pagefind';

export interface Shard {
  name: string;
  /** Changes when any of its notices does: the notices' ids and digests. */
  key: string;
  /** The notices' pages, relative to the site folder. */
  pages: string[];
}

/** The shards for the notices of a build (src/lib/searchShards.ts), each with its notices' pages in id order. */
export function planShards(notices: BuildState['notices']): Shard[] {
  const ids = Object.keys(notices).sort();
  const groups = groupYears(countByYear(ids, (id) => notices[id]!.year));
  const shardOf = new Map(groups.flatMap((group) => group.years.map((year) => [year, group.name])));
  const byShard = new Map<string, string[]>(groups.map((group) => [group.name, []]));
  for (const id of ids) byShard.get(shardOf.get(notices[id]!.year)!)!.push(id);
  return [...byShard].map(([name, members]) => ({
    name,
    key: digest(...members.map((id) => `${id}:${notices[id]!.digest}`)),
    pages: members.map((id) => `notices/${id}/index.html`),
  }));
}

/** What a shard worker is asked to do, and what it answers. */
export interface ShardJob {
  site: string;
  pages: string[];
  outputPath: string;
}
export type ShardReply = { indexed: number } | { error: string };

const WORKER = fileURLToPath(new URL('../cli/search-shard.ts', import.meta.url));

/** Runs the jobs on up to `workers` worker processes, each taking the next job when done; returns the pages indexed. */
async function runJobs(jobs: ShardJob[], workers: number): Promise<number> {
  let indexed = 0;
  const queue = [...jobs];
  const worker = async () => {
    const child = fork(WORKER, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const exited = new Promise<void>((done, fail) => {
      child.once('error', fail);
      child.once('exit', (code) => (code ? fail(new Error(`search-shard exited with ${code}`)) : done()));
    });
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const reply = await Promise.race([
          new Promise<ShardReply>((done) => {
            child.once('message', (message) => done(message as ShardReply));
            child.send(job);
          }),
          exited.then(() => ({ error: 'search-shard exited before it answered' })),
        ]);
        if ('error' in reply) throw new Error(reply.error);
        indexed += reply.indexed;
      }
    } finally {
      if (child.connected) child.disconnect();
      await exited;
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, worker));
  return indexed;
}

/**
 * Writes the search index of the built site in `site`: every shard whose key
 * differs from the previous build's (or whose folder is missing) is indexed
 * again, in a temporary folder that replaces the old one when complete;
 * folders of shards that no longer exist are removed.
 */
export async function writeSearchIndex(
  site: string,
  shards: Shard[],
  previous: Record<string, string> = {},
  workers = Math.min(2, availableParallelism()),
): Promise<{ indexed: number; shards: number; reused: number }> {
  const root = join(site, SEARCH_DIR);
  const names = new Set(shards.map((shard) => shard.name));
  if (existsSync(root))
    for (const entry of await readdir(root))
      if (!names.has(entry)) await rm(join(root, entry), { recursive: true, force: true });
  const stale = shards.filter(
    (shard) => previous[shard.name] !== shard.key || !existsSync(join(root, shard.name, 'pagefind.js')),
  );
  const jobs = stale.map((shard) => ({
    site,
    pages: shard.pages,
    outputPath: join(root, `${shard.name}.new`),
  }));
  const indexed = await runJobs(jobs, workers);
  for (const shard of stale) {
    await rm(join(root, shard.name), { recursive: true, force: true });
    await rename(join(root, `${shard.name}.new`), join(root, shard.name));
  }
  return { indexed, shards: shards.length, reused: shards.length - stale.length };
}
