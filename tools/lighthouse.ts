/**
 * npm run lighthouse [-- --path /notices/<slug>/]
 *
 * Runs Lighthouse (mobile settings, its defaults) against the built site,
 * served by our preview server, in the system Chromium, five times, and
 * prints the four scores of each run and their median, as Lighthouse's own
 * guidance on variability advises. Fails when a median is under the aim:
 * performance 98, the rest 100.
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
const server = spawn(process.execPath, ['tools/preview.ts', '--port', values.port], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
// Until the server says it listens, not a fixed wait: on a busy machine 1.5 s was not enough, and
// Chromium then showed its error page (an "interstitial" to Lighthouse) instead of the notice.
await new Promise<void>((ready, fail) => {
  const timer = setTimeout(() => fail(new Error('preview server did not start within 30 s')), 30_000);
  server.stdout.once('data', () => {
    clearTimeout(timer);
    ready();
  });
  server.once('exit', (code) => fail(new Error(`preview server exited (${code})`)));
});

const RUNS = 5;

function run(url: string, attempt = 1): Record<string, number> {
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
  if (result.status !== 0) {
    // Lighthouse sometimes fails to record a trace (NO_NAVSTART) and asks to be run again.
    // Or, once, Chromium showed an error page instead (an interstitial): the same, run again.
    if (attempt < 3 && /run Lighthouse again|interstitial/.test(result.stderr)) return run(url, attempt + 1);
    throw new Error(`lighthouse failed:\n${result.stderr}`);
  }
  const report = JSON.parse(result.stdout) as { categories: Record<string, { score: number }> };
  return Object.fromEntries(
    Object.keys(AIMS).map((name) => [name, Math.round((report.categories[name]?.score ?? 0) * 100)]),
  );
}

try {
  const url = `http://127.0.0.1:${values.port}${values.path}`;
  const runs = Array.from({ length: RUNS }, () => run(url));
  let below = 0;
  console.log(`Lighthouse ${url} (mobile), ${RUNS} runs`);
  for (const [name, aim] of Object.entries(AIMS)) {
    const scores = runs.map((scoresOfRun) => scoresOfRun[name] ?? 0);
    const median = [...scores].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
    if (median < aim) below += 1;
    console.log(
      `  ${name.padEnd(16)} ${String(median).padStart(3)}  (runs ${scores.join(', ')}; aim ${aim})`,
    );
  }
  process.exitCode = below ? 1 : 0;
} finally {
  server.kill();
}
