/**
 * npm run bench -- --notices N [--years Y] [--runs R] [--seed 1] [--json FILE] [--no-baseline]
 *
 * Builds N generated notices spread over Y years (12 unless told; 1 puts
 * them all in one year), with the published ones of content/ beside them,
 * and reports wall time, ms per notice and peak memory (RSS of the whole
 * process tree), then the rebuild after one notice changed. In the same run
 * it builds the same notices as plain .md in a minimal Astro site, the
 * baseline, and prints the ratios. On the first round's site it measures a
 * reader's first search (tools/search-cost.ts).
 * With --runs R it does all of that R times, each time from scratch, and
 * gives each round's ratios and their medians: on a shared machine one
 * round can land on a busy moment for one build and not the other.
 * A benchmark, not a test: it asserts nothing, it measures and writes JSON.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NOTICES_DIR } from '../src/consts.ts';
import { readNotice } from '../src/content/notice-file.ts';
import { isStay } from '../src/schemas/notice.ts';
import { generateNotices } from './generate-notices.ts';
import { writeNotices } from './write-notices.ts';
import { firstSearchCost, type SearchCost } from './search-cost.ts';

const { values } = parseArgs({
  options: {
    notices: { type: 'string', default: '1000' },
    years: { type: 'string', default: '12' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    'no-baseline': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.notices);
const years = Number(values.years);
const runs = Number(values.runs);
if (![count, years, runs].every((value) => Number.isInteger(value) && value >= 1)) {
  console.error(
    '用法：npm run bench -- --notices N [--years 年数] [--runs 轮数] [--seed 1] [--json 文件] [--no-baseline]',
  );
  process.exit(2);
}

const project = resolve('.');
/** /proc/<pid>/stat counts RSS in pages; 4 KiB on the x86-64 Linux machines this runs on. */
const PAGE_SIZE = 4096;

/** Sum of RSS (bytes) of `root` and all its descendants, from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * PAGE_SIZE);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Measure {
  seconds: number;
  msPerNotice: number;
  peakMB: number;
}

/**
 * Runs a build in `cwd` (the site's own `npm run build` script, or a plain
 * `astro build` for the baseline), sampling the process tree's memory every 50 ms.
 */
function build(cwd: string, outDir: string, env: Record<string, string>, site = true): Promise<Measure> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const [command, ...args] = site
      ? [process.execPath, 'src/cli/build.ts', '--outDir', outDir]
      : [join(project, 'node_modules/.bin/astro'), 'build', '--outDir', outDir];
    const child = spawn(command!, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 50);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) fail(new Error(`build in ${cwd} failed (${code}):\n${errors.slice(-2000)}`));
      else done({ seconds, msPerNotice: (seconds * 1000) / count, peakMB: peak / 2 ** 20 });
    });
  });
}

/** The baseline: a minimal Astro site rendering the same notices from plain .md. */
function writeBaseline(root: string, notices: string): void {
  mkdirSync(join(root, 'src/pages/notices'), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    // Its own cache in its own folder: with the default (node_modules/.astro, shared through the
    // link below) every round after the first reused the first round's optimized photos.
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.astro-cache' });\n",
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      `export const collections = { notices: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(notices)} }) }) };`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'src/pages/notices/[slug].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('notices')).map((notice) => ({ params: { slug: notice.id }, props: { notice } }));",
      '}',
      'const { Content } = await render(Astro.props.notice);',
      '---',
      '<html lang="zh-CN"><head><meta charset="utf-8"><title>{Astro.props.notice.data.title}</title></head>',
      '<body><h1>{Astro.props.notice.data.title}</h1><Content /></body></html>',
      '',
    ].join('\n'),
  );
}

/** The notice an editor corrects between a cold build and the rebuild. */
const touched = (folder: string, extension: string) =>
  join(folder, `g${values.seed}-${String(Math.floor(count / 2)).padStart(5, '0')}${extension}`);

/** Changes one notice's wording, as an editor would when correcting it; returns what it said before. */
function touchOne(folder: string, extension: string): string {
  const before = readFileSync(touched(folder, extension), 'utf8');
  writeFileSync(touched(folder, extension), `${before}\n（本公告已更正。）\n`);
  return before;
}

const work = mkdtempSync(join(tmpdir(), 'notices-bench-'));
const mdx = join(work, 'notices-mdx');
const md = join(work, 'notices-md');
mkdirSync(mdx);
mkdirSync(md);
console.log(`在 ${work} 生成 ${count} 份公告（${years} 年）……`);
const generated = generateNotices(Number(values.seed), count, years);
// The published notices too: a search for 李寿松 then finds what a reader of the real site would.
const published = readdirSync(join(project, NOTICES_DIR))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({
    id: name.slice(0, -'.mdx'.length),
    source: readFileSync(join(project, NOTICES_DIR, name), 'utf8'),
  }));
// The baseline gets each notice in plain Markdown, with the same photos as Markdown images.
const media = await writeNotices(mdx, [...generated, ...published], [md]);
console.log(`其中 ${generated.filter((notice) => notice.files).length} 份带照片或附件（${media} 个文件）`);
/**
 * A place, a person and a headline: what readers type. Then the dearest kind: a long query that no
 * headline holds (the team, its leader and the unit), which the headlines' index is asked first.
 */
// The first meeting report: its headline is a long one, and its leader is named.
const first = generated
  .map(({ id, source }) => readNotice(source, `${id}.mdx`, { path: join(mdx, `${id}.mdx`) }).data)
  .find((notice) => isStay(notice) && notice.meeting && notice.team.leader)!;
const QUERIES = ['张家口', '李寿松', first.title, `${first.team.name} ${first.team.leader} ${first.unit}`];

/** The built site in `root`, served as the tests serve it, while `measure` runs. */
async function served<T>(root: string, measure: (origin: string) => Promise<T>): Promise<T> {
  const port = 4500 + Math.floor(Math.random() * 400);
  const server = spawn(
    process.execPath,
    [join(project, 'tools/preview.ts'), '--root', root, '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    await new Promise<void>((ready, fail) => {
      server.stdout.once('data', () => ready());
      server.once('exit', (code) => fail(new Error(`preview server exited (${code})`)));
    });
    return await measure(`http://127.0.0.1:${port}`);
  } finally {
    server.kill();
  }
}
let search: SearchCost[] | undefined;

type Round = Partial<Record<'site' | 'siteRebuild' | 'baseline' | 'baselineRebuild', Measure>>;
const rounds: Round[] = [];
try {
  for (let round = 1; round <= runs; round++) {
    // Each round from scratch: its own output and cache folders, the notices as generated.
    const results: Round = {};
    const at = (name: string) => join(work, `${name}-${round}`);
    const site = { NOTICES_DIR: mdx, ASTRO_CACHE_DIR: at('cache-site') };
    const label = runs > 1 ? `第 ${round}/${runs} 轮：` : '';
    console.log(`${label}构建本站（MDX）……`);
    results.site = await build(project, at('dist-site'), site);
    if (round === 1) {
      console.log(`${label}在 Chromium 中测量首次搜索……`);
      search = await served(at('dist-site'), (origin) => firstSearchCost(origin, QUERIES));
    }
    const mdxSource = touchOne(mdx, '.mdx');
    console.log(`${label}改动一份公告后重新构建……`);
    results.siteRebuild = await build(project, at('dist-site'), site);
    writeFileSync(touched(mdx, '.mdx'), mdxSource);
    if (!values['no-baseline']) {
      const baseline = at('baseline');
      writeBaseline(baseline, md);
      console.log(`${label}构建基线（最小的 Astro 站点，纯 .md）……`);
      results.baseline = await build(baseline, at('dist-baseline'), {}, false);
      const mdSource = touchOne(md, '.md');
      results.baselineRebuild = await build(baseline, at('dist-baseline'), {}, false);
      writeFileSync(touched(md, '.md'), mdSource);
    }
    rounds.push(results);
  }
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

const ratio = (a?: Measure, b?: Measure, key: keyof Measure = 'seconds') =>
  a && b ? a[key] / b[key] : undefined;
const ratiosOf = (round: Round) => ({
  coldTimeVsBaseline: ratio(round.site, round.baseline),
  peakMemoryVsBaseline: ratio(round.site, round.baseline, 'peakMB'),
  rebuildVsCold: ratio(round.siteRebuild, round.site),
});
type Ratios = ReturnType<typeof ratiosOf>;
const roundRatios = rounds.map(ratiosOf);
function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (!sorted.length) return undefined;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
const medianOf = (key: keyof Ratios) =>
  median(roundRatios.map((ratios) => ratios[key]).filter((value) => value !== undefined));
const summary = {
  date: new Date().toISOString(),
  notices: count,
  published: published.length,
  years,
  seed: Number(values.seed),
  runs,
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  /** The first round's builds (the only one's, with --runs 1). */
  results: rounds[0]!,
  rounds,
  /** With several rounds, the median of each round's ratio. */
  ratios: {
    coldTimeVsBaseline: medianOf('coldTimeVsBaseline'),
    peakMemoryVsBaseline: medianOf('peakMemoryVsBaseline'),
    rebuildVsCold: medianOf('rebuildVsCold'),
  },
  roundRatios,
  /** A reader's first search on the first round's site, per query. */
  search,
};

const row = (name: string, m?: Measure) =>
  m
    ? `${name.padEnd(28)}${m.seconds.toFixed(1).padStart(8)} s${m.msPerNotice.toFixed(2).padStart(10)} ms${m.peakMB.toFixed(0).padStart(9)} MB`
    : '';
const describe = ({ coldTimeVsBaseline, peakMemoryVsBaseline, rebuildVsCold }: Ratios, prefix = '') => {
  if (coldTimeVsBaseline !== undefined)
    console.log(
      `${prefix}cold build vs baseline: ${coldTimeVsBaseline.toFixed(2)}x time, ${peakMemoryVsBaseline?.toFixed(2)}x peak memory`,
    );
  if (rebuildVsCold !== undefined)
    console.log(`${prefix}rebuild after one change: ${(rebuildVsCold * 100).toFixed(0)}% of the cold build`);
};
for (const [index, round] of rounds.entries()) {
  console.log(
    `\n${count} notices over ${years} years (+${published.length} published), ${summary.machine.cpus} cores${runs > 1 ? `, round ${index + 1} of ${runs}` : ''}\n${'build'.padEnd(28)}${'wall'.padStart(10)}${'per notice'.padStart(13)}${'peak RSS'.padStart(12)}`,
  );
  for (const [name, label] of [
    ['site', 'site, cold (MDX)'],
    ['siteRebuild', 'site, one notice changed'],
    ['baseline', 'baseline, cold (.md)'],
    ['baselineRebuild', 'baseline, one changed'],
  ] as const) {
    const line = row(label, round[name]);
    if (line) console.log(line);
  }
  if (runs > 1) describe(roundRatios[index]!);
}
console.log(runs > 1 ? `\nmedian of ${runs} rounds:` : '');
describe(summary.ratios);
if (search) {
  console.log('\nfirst search (Enter to first result):');
  for (const cost of search)
    console.log(
      `  ${cost.query.padEnd(30)}${String(cost.requests).padStart(5)} requests${(cost.bytes / 1024).toFixed(0).padStart(7)} KB${cost.ms.toFixed(0).padStart(7)} ms  ${cost.status}`,
    );
}

const out = values.json ?? join('.bench', `${summary.date.replace(/[:.]/g, '-')}-${count}.json`);
if (!existsSync(dirname(out))) mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
console.log(`results: ${out}`);
