/**
 * npm run build [-- astro build options, e.g. --outDir DIR]
 *
 * `astro build`, then the search index over its output. Pagefind runs after
 * Astro has exited rather than inside its build hooks: together they held
 * both processes' memory at once (886 MB + 835 MB at 3,000 notices).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeSearchIndex } from '../lib/searchIndex.ts';

const args = process.argv.slice(2);
const astro = spawnSync('node_modules/.bin/astro', ['build', ...args], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

const at = args.indexOf('--outDir');
const outDir = resolve(at >= 0 ? (args[at + 1] ?? 'dist') : 'dist');
const started = performance.now();
const indexed = await writeSearchIndex(pathToFileURL(`${outDir}/`));
console.log(`搜索索引：收录 ${indexed} 份公告（${((performance.now() - started) / 1000).toFixed(1)} s）`);
