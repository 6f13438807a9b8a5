/**
 * The build (npm run build): `astro build` on one core and the notices worker
 * (page parts, data files, /notices.json) on the other, into a folder this
 * module empties or keeps; then the search index, the pages no longer made
 * are removed and the state for the next build is committed. ARCHITECTURE.md draws it.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILE_STATS } from '../content/cache-names.ts';
import { readJsonFile } from '../util/json-file.ts';
import { OWNS_OUTDIR_ENV, PAGE_PARTS_ENV, PAGES_ENV } from './env.ts';
import type { FromWorker, ToWorker } from './notices-worker-process.ts';
import { removeStaleImages } from './stale-images.ts';
import { finishWrittenPages, HANT_DIR } from './written-pages.ts';
import { readState, siteFingerprint, writeState, type BuildState } from './state.ts';

const WORKER = fileURLToPath(new URL('./notices-worker-process.ts', import.meta.url));

/** Empties the output folder as Vite would (keeping a .git), refusing a folder that holds the project. */
function emptyOutDir(folder: string): void {
  const project = resolve('.');
  if (project === folder || project.startsWith(`${folder}${sep}`))
    throw new Error(`不能清空输出目录 ${folder}：本项目就在其中`);
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder))
    if (entry !== '.git') rmSync(join(folder, entry), { recursive: true, force: true });
}

/** Removes a page the last build wrote and this one did not, and its folders once empty. */
function removePage(outDir: string, pathname: string): void {
  const file = join(outDir, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
  rmSync(file, { force: true });
  for (let dir = dirname(file); dir.startsWith(outDir) && dir !== outDir; dir = dirname(dir)) {
    if (!existsSync(dir) || readdirSync(dir).length) break;
    rmdirSync(dir);
  }
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((done) => {
    child.once('error', (error) => {
      console.error(error.message);
      done(1);
    });
    child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

export interface BuildOptions {
  /** Arguments for `astro build` (--outDir DIR). */
  args: string[];
  notices: string;
  cacheDir: string;
  site: string;
}

/** Runs the build; returns its exit status. */
export async function runBuild({ args, notices, cacheDir, site }: BuildOptions): Promise<number> {
  const at = args.indexOf('--outDir');
  const outDir = resolve(at >= 0 ? (args[at + 1] ?? 'dist') : 'dist');
  const stateDir = resolve(cacheDir, 'notice-build');
  const stateFile = join(stateDir, 'state.json');
  const pagesFile = join(stateDir, 'pages.json');
  mkdirSync(stateDir, { recursive: true });

  // The last build's output is reused only if it was built from the same site into the same folder.
  const fingerprint = siteFingerprint(process.cwd());
  const last = readState(stateFile);
  const previous =
    last?.fingerprint === fingerprint && last.outDir === outDir && existsSync(outDir) ? last : undefined;
  // Until this build has finished there is no state: a build stopped half-way is followed by a full one.
  rmSync(stateFile, { force: true });
  rmSync(pagesFile, { force: true });
  if (!previous) {
    emptyOutDir(outDir);
    rmSync(join(resolve(cacheDir), FILE_STATS), { force: true });
  }
  console.log(previous ? '增量构建：只重新生成改动过的公告' : '完整构建');
  const started = performance.now();
  // Pages Astro writes from here on are this build's: their CSP is kept to their own hashes below.
  const writtenSince = Date.now() - 1;

  // The worker first: Astro's pages ask it for their parts.
  const partsFile = join(stateDir, 'page-parts');
  const worker = fork(WORKER, [partsFile], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // It makes much short-lived garbage beside Astro at its largest: a small young generation.
    execArgv: ['--max-semi-space-size=4'],
  });
  const workerEnded = exited(worker);
  const heard = (type: FromWorker['type']) =>
    new Promise<FromWorker | undefined>((resolve) => {
      const listen = (message: FromWorker) => {
        if (message.type !== type) return;
        worker.off('message', listen);
        resolve(message);
      };
      worker.on('message', listen);
      // Its last message can come in after its exit; the channel closes only after it.
      worker.once('disconnect', () => resolve(undefined));
    });
  const listening = await heard('listening');
  if (listening?.type !== 'listening') {
    console.error('公告的工作进程没有启动');
    return (await workerEnded) || 1;
  }
  const answer = heard('done');
  // The work goes over IPC: the last build's digests are too long for a command line.
  worker.send({
    type: 'work',
    work: {
      base: resolve(notices),
      outDir,
      site,
      cacheDir: resolve(cacheDir),
      previous: previous && { notices: previous.notices, shards: previous.shards },
    },
  } satisfies ToWorker);

  // Astro keeps the pages whose cache key is unchanged (its incremental build); --force renders them all.
  const astro = spawn('node_modules/.bin/astro', ['build', ...args, ...(previous ? [] : ['--force'])], {
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      // Vite's bundler (Rolldown) allocates with mimalloc, which hands freed pages back to the
      // system only on a later allocation of the same thread, after a delay. Once the bundle is
      // built its threads allocate no more, so Astro's process kept about 400 MB it no longer used
      // through rendering, where the build's peak is. 0 returns them at once (measured in the README).
      MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0',
      // V8 sizes its young generation from the heap's limit; capped at 8 MB a half, Astro
      // bundling the site (the build's peak) held about 60 MiB less, at no measurable cost in
      // time (README, Benchmark).
      NODE_OPTIONS: [process.env['NODE_OPTIONS'], '--max-semi-space-size=8'].filter(Boolean).join(' '),
      [PAGES_ENV]: pagesFile,
      [PAGE_PARTS_ENV]: listening.address,
      [OWNS_OUTDIR_ENV]: '1',
    },
  });
  const [status, workerStatus, answered] = await Promise.all([
    exited(astro).then((code) => {
      // When Astro fails (on a notice it refuses, say), the rest of the work is of no use.
      if (code !== 0) worker.kill();
      else if (worker.connected) worker.send({ type: 'astro-ended' } satisfies ToWorker);
      return code;
    }),
    workerEnded,
    answer,
  ]);
  const done = answered?.type === 'done' ? answered.done : undefined;
  if (status !== 0) return status;
  if (workerStatus !== 0 || !done) {
    console.error('公告的数据文件没有全部写入');
    return workerStatus || 1;
  }

  // Only now, with Astro's memory given back: Pagefind at its largest never adds to Astro's.
  // Its modules too are loaded only now, and not into this process while Astro bundles.
  const { indexNotices } = await import('./search-index.ts');
  let search: Awaited<ReturnType<typeof indexNotices>>;
  let finished: Awaited<ReturnType<typeof finishWrittenPages>>;
  try {
    // The pages' CSP and their Traditional twins beside it: Pagefind's work is in its own process,
    // on the other core.
    [search, finished] = await Promise.all([
      indexNotices({ outDir, notices: done.notices, previous: previous?.shards }),
      finishWrittenPages(outDir, writtenSince, site),
    ]);
  } catch (error) {
    console.error(`搜索索引没有写入：${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  const pages = readJsonFile(pagesFile) as string[] | undefined;
  if (!pages) {
    console.error(`Astro 没有报告它写了哪些页面（${pagesFile}）`);
    return 1;
  }
  const now = new Set(pages);
  const gone = (previous?.pages ?? []).filter((pathname) => !now.has(pathname));
  for (const pathname of gone) {
    removePage(outDir, pathname);
    removePage(join(outDir, HANT_DIR), pathname);
  }
  const staleImages = previous ? removeStaleImages(outDir, resolve(cacheDir)) : 0;
  const state: Omit<BuildState, 'version'> = {
    fingerprint,
    outDir,
    notices: done.notices,
    shards: search.shards,
    pages,
  };
  writeState(stateFile, state);
  rmSync(partsFile, { force: true });
  const shards = Object.keys(search.shards).length;
  console.log(
    [
      `${Object.keys(done.notices).length} 份公告：写入 ${done.written} 份的数据文件（.vcf、.ics、.json、.svg）`,
      done.removed ? `删除 ${done.removed} 份已不存在的公告的数据文件` : '',
      gone.length ? `删除 ${gone.length} 个已不存在的页面` : '',
      staleImages ? `删除 ${staleImages} 个不再使用的图片` : '',
      `搜索索引 ${shards - 1} 个分片和标题索引，重建 ${shards - search.reused} 个，收录 ${search.indexed} 份公告`,
      `繁体版写入 ${finished.converted} 个文件`,
    ]
      .filter(Boolean)
      .join('；') + `（${((performance.now() - started) / 1000).toFixed(1)} s）`,
  );
  return 0;
}
