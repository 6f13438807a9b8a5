/**
 * npm run build [-- --outDir DIR]: the static site, rebuilding only what
 * changed when the last build into DIR was of the same site (src/build/run.ts).
 */
import { runBuild } from '../build/run.ts';
import { CACHE_DIR, NOTICES_DIR, SITE } from '../consts.ts';

process.exitCode = await runBuild({
  args: process.argv.slice(2),
  notices: NOTICES_DIR,
  cacheDir: CACHE_DIR,
  site: SITE,
});
