/**
 * npm run build [-- astro build options, e.g. --outDir DIR]
 *
 * `astro build`, then the search index over its output, keeping the build
 * state a rebuild starts from (src/lib/buildState.ts). When the site's code,
 * configuration and dependencies are those of the last build into the same
 * folder, only the notices that changed are rendered, written and indexed
 * again; otherwise the folder is emptied and everything is built.
 *
 * Pagefind runs after Astro has exited rather than inside its build hooks:
 * together they held both processes' memory at once. The notices' .vcf,
 * .ics and .json are written meanwhile, while Pagefind's workers index.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
} from '../lib/buildState.ts';
import { planShards, writeSearchIndex } from '../lib/searchIndex.ts';
import { CACHE_DIR, NOTICES_DIR, SITE } from '../consts.ts';
import { writeNoticeFiles } from '../lib/noticeOutputs.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = resolve(at >= 0 ? (args[at + 1] ?? 'dist') : 'dist');
const stateDir = resolve(CACHE_DIR, 'notice-build');

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
console.log(reuse ? '增量构建：只重新生成改动过的公告' : '完整构建');

const astro = spawnSync('node_modules/.bin/astro', ['build', ...args], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    [STATE_DIR_ENV]: stateDir,
    // Read by astro.config.mjs: a rebuild keeps the folder; a full build empties it.
    NOTICE_BUILD_REUSE: reuse ? '1' : '',
  },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

const next = readNext(stateDir);
const state: BuildState = emptyState(fingerprint, outDir);
state.notices = (next.get(NOTICES) ?? {}) as BuildState['notices'];
state.pages = recordedPages(next);

// The search index on worker processes and, meanwhile, the notices' own files here.
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const shards = planShards(state.notices);
const previous = reuse ? readState(join(stateDir, PREVIOUS)) : undefined;
const indexing = writeSearchIndex(outDir, shards, previous?.shards);
const written = await writeNoticeFiles(resolve(NOTICES_DIR), outDir, SITE, state.notices, previous?.notices);
console.log(
  `${Object.keys(state.notices).length} 份公告，${written} 份的联系人、日历和数据文件已写入（${seconds()}）`,
);
const search = await indexing;
state.shards = Object.fromEntries(shards.map((shard) => [shard.name, shard.key]));
console.log(
  `搜索索引：${search.shards} 个分片，重建 ${search.shards - search.reused} 个，收录 ${search.indexed} 份公告（${seconds()}）`,
);

writeState(join(stateDir, COMMITTED), state);
rmSync(join(stateDir, PREVIOUS), { force: true });
rmSync(join(stateDir, NEXT), { recursive: true, force: true });
