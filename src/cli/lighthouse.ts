/**
 * npm run lighthouse [-- --path /notices/<slug>/]
 *
 * Runs Lighthouse (mobile settings, its defaults) against the built site,
 * served by our preview server, in the system Chromium, and prints the four
 * scores. Fails when a score is under the aim: performance 98, the rest 100.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

const AIMS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const { values } = parseArgs({
  options: {
    path: { type: 'string', default: '/notices/2018-hebei-9-zhangjiakou/' },
    port: { type: 'string', default: '4390' },
  },
});

const chrome =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const server = spawn(process.execPath, ['src/cli/preview.ts', '--port', values.port], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 1500));

try {
  const url = `http://127.0.0.1:${values.port}${values.path}`;
  const result = spawnSync(
    'node_modules/.bin/lighthouse',
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync',
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) },
      maxBuffer: 64 * 2 ** 20,
    },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed:\n${result.stderr}`);
  const report = JSON.parse(result.stdout) as { categories: Record<string, { score: number }> };
  let below = 0;
  console.log(`Lighthouse ${url} (mobile)`);
  for (const [name, aim] of Object.entries(AIMS)) {
    const score = Math.round((report.categories[name]?.score ?? 0) * 100);
    if (score < aim) below += 1;
    console.log(`  ${name.padEnd(16)} ${String(score).padStart(3)}  (aim ${aim})`);
  }
  process.exitCode = below ? 1 : 0;
} finally {
  server.kill();
}
