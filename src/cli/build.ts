/**
 * npm run build [-- astro build options, e.g. --outDir DIR]
 *
 * `astro build`, then the search index over its output, keeping the build
 * state a rebuild starts from (src/lib/buildState.ts). When the site's code,
 * configuration and dependencies are those of the last build into the same
 * folder, only the notices that changed are rendered, written and indexed
 * again; otherwise the folder is emptied and everything is built.
 *
 * Astro renders on one core. On the other, a process of this one's
 * meanwhile reads the notices in full, renders their text and QR codes for
 * their pages (src/lib/prework.ts) and writes their .vcf, .ics and .json
 * and /notices.json (src/lib/noticeOutputs.ts). When it is done, the same
 * core indexes for search the shards whose pages Astro has written (it
 * renders them shard by shard), and both cores the rest once Astro has
 * exited (src/lib/searchIndex.ts). Pagefind runs in processes of its own
 * rather than inside Astro's build hooks: there it held both processes'
 * memory at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  COMMITTED,
  emptyState,
  NEXT,
  NOTICES,
  PREVIOUS,
  readNext,
  recordedPages,
  readState,
  siteFingerprint,
  STATE_DIR_ENV,
  writeState,
  type BuildState,
} from '../build/state.ts';
import { indexEarly, writeSearchIndex, type EarlyShard } from '../search/write-index.ts';
import { planShards } from '../search/shards.ts';
import { CACHE_DIR, NOTICES_DIR, SITE } from '../consts.ts';
import { abandonPack, PACK_ENV, readPackNotices } from '../build/page-parts-store.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = resolve(at >= 0 ? (args[at + 1] ?? 'dist') : 'dist');
const stateDir = resolve(CACHE_DIR, 'notice-build');

/** Empties the output folder as Vite would (keeping a .git), refusing a folder that holds the project. */
function emptyOutDir(folder: string): void {
  const project = resolve('.');
  if (project === folder || project.startsWith(`${folder}${sep}`))
    throw new Error(`不能清空输出目录 ${folder}：本项目就在其中`);
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder))
    if (entry !== '.git') rmSync(join(folder, entry), { recursive: true, force: true });
}

// Reuse the last build's output only if it was built from the same site into the same folder.
const fingerprint = siteFingerprint(process.cwd());
const committed = readState(join(stateDir, COMMITTED));
const reuse = committed?.fingerprint === fingerprint && committed.outDir === outDir && existsSync(outDir);
mkdirSync(stateDir, { recursive: true });
rmSync(join(stateDir, NEXT), { recursive: true, force: true });
rmSync(join(stateDir, PREVIOUS), { force: true });
// Until this build has finished, there is no state: a build stopped half-way is followed by a full one.
if (reuse) renameSync(join(stateDir, COMMITTED), join(stateDir, PREVIOUS));
else rmSync(join(stateDir, COMMITTED), { force: true });
// This process writes into the folder while Astro builds, so it empties it first, not Astro.
if (!reuse) emptyOutDir(outDir);
console.log(reuse ? '增量构建：只重新生成改动过的公告' : '完整构建');

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const packDir = join(stateDir, 'pack');
// Pages read the pack while it is made: none may find one left by a build that stopped half-way.
rmSync(packDir, { recursive: true, force: true });
// Pages written since are this build's (src/lib/searchIndex.ts): the time as the file system keeps it.
const marker = join(stateDir, 'started');
writeFileSync(marker, '');
const astroStarted = statSync(marker).mtimeMs;
const astro = spawn('node_modules/.bin/astro', ['build', ...args], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    [STATE_DIR_ENV]: stateDir,
    [PACK_ENV]: packDir,
    // Read by astro.config.mjs: the folder is ready, emptied or kept, and is not Astro's to empty.
    NOTICE_BUILD_OUTDIR_READY: '1',
  },
});
// Meanwhile, on the other core: what the page of every notice to be rendered needs, then the notices' files.
const prework = spawn(
  process.execPath,
  [
    // It makes much short-lived garbage; a small young generation keeps it at about 220 MB instead of
    // 330 MB (10,000 notices), as fast, while Astro beside it holds about 0.8 GB.
    '--max-semi-space-size=4',
    fileURLToPath(new URL('../build/notices-worker-process.ts', import.meta.url)),
    JSON.stringify({
      base: resolve(NOTICES_DIR),
      outDir,
      site: SITE,
      dir: packDir,
      cacheDir: resolve(CACHE_DIR),
      previous: reuse ? join(stateDir, PREVIOUS) : undefined,
    }),
  ],
  // Its summary is printed after Astro's, not in the middle of it.
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
let preworkSaid = '';
prework.stdout?.on('data', (chunk: Buffer) => (preworkSaid += chunk.toString()));
const exited = (child: ChildProcess) =>
  new Promise<number>((done) => {
    child.once('error', (error) => {
      console.error(error.message);
      done(1);
    });
    child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
let early: Map<string, EarlyShard> | undefined;
const astroEnded = exited(astro);
// When Astro fails (on a notice it refuses, say), the work for its pages stops too.
const [status, preworkStatus] = await Promise.all([
  astroEnded.then((code) => {
    if (code !== 0) prework.kill();
    return code;
  }),
  // Pages wait for the pack; if the process ended without it, they make their own text and QR codes.
  exited(prework)
    .finally(() => abandonPack(packDir))
    .then((code) => {
      // The search index starts on the core the prework leaves, while Astro renders.
      const notices = code === 0 ? readPackNotices(packDir) : undefined;
      if (notices)
        early = indexEarly(outDir, notices, reuse ? committed : undefined, astroStarted, astroEnded);
      return code;
    }),
]);
process.stdout.write(preworkSaid);
if (status !== 0) process.exit(status);
if (preworkStatus !== 0) {
  console.error('公告的联系人、日历和数据文件没有全部写入');
  process.exit(preworkStatus);
}

const next = readNext(stateDir);
const state: BuildState = emptyState(fingerprint, outDir);
state.notices = (next.get(NOTICES) ?? {}) as BuildState['notices'];
state.pages = recordedPages(next);

// The search index, on worker processes.
const shards = planShards(state.notices);
const search = await writeSearchIndex(outDir, shards, reuse ? committed?.shards : undefined, early);
state.shards = Object.fromEntries(shards.map((shard) => [shard.name, shard.key]));
console.log(
  `搜索索引：${search.shards} 个分片，重建 ${search.shards - search.reused} 个${search.whileAstro ? `（${search.whileAstro} 个在 Astro 渲染时开始）` : ''}，收录 ${search.indexed} 份公告（${seconds()}）`,
);

writeState(join(stateDir, COMMITTED), state);
rmSync(join(stateDir, PREVIOUS), { force: true });
rmSync(join(stateDir, NEXT), { recursive: true, force: true });
rmSync(packDir, { recursive: true, force: true });
rmSync(marker, { force: true });
