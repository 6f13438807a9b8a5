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
import type { BuildState } from '../build/state.ts';
import { planShards, type Shard } from './shards.ts';

export const SEARCH_DIR = 'pagefind';

/** What a shard worker is asked to do, and what it answers. */
export interface ShardJob {
  site: string;
  pages: string[];
  outputPath: string;
}
export type ShardReply = { indexed: number } | { error: string };

const WORKER = fileURLToPath(new URL('./shard-worker-process.ts', import.meta.url));

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

/** One worker process that takes the next job from `queue`, shared with other workers, until it is empty. */
async function workOff<T>(queue: T[], work: (worker: ShardWorker, job: T) => Promise<void>): Promise<void> {
  const worker = new ShardWorker();
  try {
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) await work(worker, job);
  } finally {
    await worker.close();
  }
}

/** Runs the jobs on up to `workers` worker processes, each taking the next job when done; returns the pages indexed. */
async function runJobs(jobs: ShardJob[], workers: number): Promise<number> {
  let indexed = 0;
  const queue = [...jobs];
  const run = () =>
    workOff(queue, async (worker, job) => {
      // Not `indexed += await …`: that reads `indexed` before the other workers add to it.
      const pages = await worker.index(job);
      indexed += pages;
    });
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

/**
 * A shard indexed as soon as its pages were written; `done` gives the pages
 * indexed and whether that began while Astro was still rendering, or
 * undefined if it was not indexed.
 */
export interface EarlyShard {
  key: string;
  done: Promise<{ indexed: number; whileAstro: boolean } | undefined>;
}

/**
 * Once the notices are known (from the prework) and while Astro renders: the
 * shards that changed since `previous` (all of them in a build from scratch)
 * are indexed in the order Astro renders their pages (renderOrder), each as
 * soon as its pages are final. A page of an unchanged notice that is already
 * there is final (Astro does not render it again); any other must have been
 * written whole since `since`, when Astro started. One worker while Astro
 * renders: build.ts starts this when the prework has exited, on the core it
 * leaves; `workers` once Astro has ended. Each is the same job as after
 * Astro, on the same pages, so it writes the same index. A shard whose pages
 * are not all there when Astro has ended is left to writeSearchIndex.
 *
 * At 10,000 notices Astro writes the notice pages over about 15 s, shard
 * after shard, and the lists after them: most shards are indexed before it
 * has ended, on a core that was idle.
 */
export function indexEarly(
  site: string,
  notices: BuildState['notices'],
  previous: BuildState | undefined,
  since: number,
  astroEnded: Promise<unknown>,
  workers = Math.min(2, availableParallelism()),
): Map<string, EarlyShard> {
  const queue = planShards(notices)
    .filter((shard) => previous?.shards[shard.name] !== shard.key)
    .map((shard) => {
      // Its pages that Astro renders in this build, in the order it renders them.
      const pending = shard.ids
        .map((id, index) => ({ id, path: join(site, shard.pages[index]!) }))
        .filter(({ id, path }) => previous?.notices[id]?.digest !== notices[id]!.digest || !existsSync(path))
        .map(({ path }) => path);
      let fail: (error: unknown) => void = () => undefined;
      let settle: (result: Awaited<EarlyShard['done']>) => void = () => undefined;
      const done = new Promise<Awaited<EarlyShard['done']>>((resolve, reject) => {
        settle = resolve;
        fail = reject;
      });
      // Its failure is reported by writeSearchIndex, which waits for it; not waited for (Astro failed), no crash.
      done.catch(() => undefined);
      return { shard, pending, done, settle, fail };
    });
  const early = new Map(queue.map(({ shard, done }) => [shard.name, { key: shard.key, done }]));
  let ended = false;

  /** Whether the job's pages are all final, once they are; false once Astro has ended without them. */
  const written = async ({ pending }: (typeof queue)[number]): Promise<boolean> => {
    // Pages are written in about their order: look no further than the first that is not there yet.
    for (let next = 0; ; await sleep(POLL_MS)) {
      const astroDone = ended;
      while (next < pending.length && writtenSince(pending[next]!, since)) next++;
      if (next === pending.length) return true;
      if (astroDone) return false;
    }
  };
  const run = () =>
    workOff(queue, async (worker, job) => {
      try {
        if (!(await written(job))) return job.settle(undefined);
        const { shard } = job;
        const whileAstro = !ended;
        const outputPath = join(site, SEARCH_DIR, `${shard.name}.new`);
        job.settle({ indexed: await worker.index({ site, pages: shard.pages, outputPath }), whileAstro });
      } catch (error) {
        // The worker is gone: the shards it would have taken fail with it.
        for (const failed of [job, ...queue.splice(0)]) failed.fail(error);
      }
    }).catch(() => undefined); // Its exit, when it failed, is already the failed shards' error.
  if (queue.length) void run();
  void astroEnded.finally(() => {
    ended = true;
    for (let more = 1; more < workers && queue.length; more++) void run();
  });
  return early;
}

const POLL_MS = 25;

/**
 * Writes the search index of the built site in `site`: every shard whose key
 * differs from the previous build's (or whose folder is missing) is indexed
 * again, in a temporary folder that replaces the old one when complete;
 * folders of shards that no longer exist are removed. A shard indexed
 * `early` with the same key is not indexed again; `whileAstro` counts those
 * begun before Astro had ended.
 */
export async function writeSearchIndex(
  site: string,
  shards: Shard[],
  previous: Record<string, string> = {},
  early: ReadonlyMap<string, EarlyShard> = new Map(),
  workers = Math.min(2, availableParallelism()),
): Promise<{ indexed: number; shards: number; reused: number; whileAstro: number }> {
  const root = join(site, SEARCH_DIR);
  const names = new Set(shards.map((shard) => shard.name));
  // An early shard writes into its .new folder: it must be done before anything is removed or redone.
  const earlyIndexed = new Map<string, number>();
  let whileAstro = 0;
  for (const [name, { key, done }] of early) {
    const result = await done;
    // Kept if it indexed the notices Astro rendered; otherwise it is done again below.
    if (result && key === shards.find((shard) => shard.name === name)?.key) {
      earlyIndexed.set(name, result.indexed);
      if (result.whileAstro) whileAstro++;
    }
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
  return { indexed, shards: shards.length, reused: shards.length - stale.length, whileAstro };
}
