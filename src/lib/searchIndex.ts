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
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { digest, type BuildState } from './buildState.ts';
import { countByYear, groupYears } from './searchShards.ts';

export const SEARCH_DIR = 'pagefind';

export interface Shard {
  name: string;
  /** Its notices, in id order. */
  ids: string[];
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
    ids: members,
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

/** A worker process (src/cli/search-shard.ts), given one shard at a time. */
class ShardWorker {
  readonly #child = fork(WORKER, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  readonly #exited = new Promise<void>((done, fail) => {
    this.#child.once('error', fail);
    this.#child.once('exit', (code) => (code ? fail(new Error(`search-shard exited with ${code}`)) : done()));
  });

  constructor() {
    // Whoever waits on it hears of a failed exit; nobody waiting is no crash.
    this.#exited.catch(() => undefined);
  }

  /** Indexes a shard; returns the pages indexed. */
  async index(job: ShardJob): Promise<number> {
    const reply = await Promise.race([
      new Promise<ShardReply>((done) => {
        this.#child.once('message', (message) => done(message as ShardReply));
        this.#child.send(job);
      }),
      this.#exited.then((): ShardReply => ({ error: 'search-shard exited before it answered' })),
    ]);
    if ('error' in reply) throw new Error(reply.error);
    return reply.indexed;
  }

  async close(): Promise<void> {
    if (this.#child.connected) this.#child.disconnect();
    await this.#exited;
  }
}

/** Runs the jobs on up to `workers` worker processes, each taking the next job when done; returns the pages indexed. */
async function runJobs(jobs: ShardJob[], workers: number): Promise<number> {
  let indexed = 0;
  const queue = [...jobs];
  const run = async () => {
    const worker = new ShardWorker();
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        // Not `indexed += await …`: that reads `indexed` before the other workers add to it.
        const pages = await worker.index(job);
        indexed += pages;
      }
    } finally {
      await worker.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, run));
  return indexed;
}

const END_OF_PAGE = Buffer.from('</html>');

/**
 * Whether the page file at `path` was written completely at or after
 * `since` (ms since the epoch): Astro writes each page in one piece, and a
 * page ends with </html> only once all of it is there.
 */
export function writtenSince(path: string, since: number): boolean {
  let fd: number | undefined;
  try {
    const { mtimeMs, size } = statSync(path);
    if (mtimeMs < since || size < END_OF_PAGE.length) return false;
    fd = openSync(path, 'r');
    const tail = Buffer.alloc(END_OF_PAGE.length);
    readSync(fd, tail, 0, tail.length, size - tail.length);
    return tail.equals(END_OF_PAGE);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A shard of a rebuild indexed while Astro still renders; `done` gives the pages indexed, or undefined if it never started. */
export interface EarlyShard {
  key: string;
  done: Promise<number | undefined>;
}

/**
 * In a rebuild, once the notices are known (from the prework) and while
 * Astro renders: the first shard that changed since `previous` is indexed
 * as soon as its pages are final. A page of an unchanged notice that is
 * already there is final (Astro does not render it again); any other must
 * have been written whole since `since`, when Astro started. Astro renders
 * a changed notice's page among its first, so the index of its year is
 * mostly made while Astro renders the lists. It is the same job as after
 * Astro, on the same pages, so it writes the same index. One shard only:
 * its worker holds the shard in memory beside Astro. Gives up, leaving the
 * shard to writeSearchIndex, if Astro ends first.
 */
export function indexEarly(
  site: string,
  notices: BuildState['notices'],
  previous: BuildState,
  since: number,
  astroEnded: Promise<unknown>,
): Map<string, EarlyShard> {
  const shard = planShards(notices).find((candidate) => previous.shards[candidate.name] !== candidate.key);
  if (!shard) return new Map();
  let ended = false;
  void astroEnded.finally(() => (ended = true));
  // Started now, so that it is ready when the pages are.
  const worker = new ShardWorker();
  const pending = shard.ids
    .map((id, index) => ({ id, path: join(site, shard.pages[index]!) }))
    .filter(({ id, path }) => previous.notices[id]?.digest !== notices[id]!.digest || !existsSync(path))
    .map(({ path }) => path);
  const done = (async () => {
    try {
      for (let waiting = pending; waiting.length; await sleep(POLL_MS)) {
        waiting = waiting.filter((path) => !writtenSince(path, since));
        if (waiting.length && ended) return undefined;
      }
      return await worker.index({
        site,
        pages: shard.pages,
        outputPath: join(site, SEARCH_DIR, `${shard.name}.new`),
      });
    } finally {
      await worker.close();
    }
  })();
  // Its failure is reported by writeSearchIndex, which waits for it; not waited for (Astro failed), no crash.
  done.catch(() => undefined);
  return new Map([[shard.name, { key: shard.key, done }]]);
}

const POLL_MS = 25;

/**
 * Writes the search index of the built site in `site`: every shard whose key
 * differs from the previous build's (or whose folder is missing) is indexed
 * again, in a temporary folder that replaces the old one when complete;
 * folders of shards that no longer exist are removed. A shard indexed
 * `early` with the same key is not indexed again.
 */
export async function writeSearchIndex(
  site: string,
  shards: Shard[],
  previous: Record<string, string> = {},
  early: ReadonlyMap<string, EarlyShard> = new Map(),
  workers = Math.min(2, availableParallelism()),
): Promise<{ indexed: number; shards: number; reused: number; early: number }> {
  const root = join(site, SEARCH_DIR);
  const names = new Set(shards.map((shard) => shard.name));
  // An early shard writes into its .new folder: it must be done before anything is removed or redone.
  const earlyIndexed = new Map<string, number>();
  for (const [name, { key, done }] of early) {
    const indexed = await done;
    // Kept if it indexed the notices Astro rendered; otherwise it is done again below.
    if (indexed !== undefined && key === shards.find((shard) => shard.name === name)?.key)
      earlyIndexed.set(name, indexed);
  }
  if (existsSync(root))
    for (const entry of await readdir(root))
      if (!names.has(entry) && !earlyIndexed.has(entry.replace(/\.new$/, '')))
        await rm(join(root, entry), { recursive: true, force: true });
  const stale = shards.filter(
    (shard) => previous[shard.name] !== shard.key || !existsSync(join(root, shard.name, 'pagefind.js')),
  );
  const jobs = stale
    .filter((shard) => !earlyIndexed.has(shard.name))
    .map((shard) => ({ site, pages: shard.pages, outputPath: join(root, `${shard.name}.new`) }));
  let indexed = await runJobs(jobs, workers);
  for (const count of earlyIndexed.values()) indexed += count;
  for (const shard of stale) {
    await rm(join(root, shard.name), { recursive: true, force: true });
    await rename(join(root, `${shard.name}.new`), join(root, shard.name));
  }
  return { indexed, shards: shards.length, reused: shards.length - stale.length, early: earlyIndexed.size };
}
