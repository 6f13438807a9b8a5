import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { generateNotices } from '../../tools/generate-notices.ts';
import { makePhoto } from '../../tools/photo.ts';
import { writeNotices } from '../../tools/write-notices.ts';
import { parseNoticeFile } from '../../src/content/notice-file.ts';
import { noticeSchema, type StayNotice } from '../../src/schemas/notice.ts';

/**
 * A rebuild renders, writes and indexes only what changed (src/build/run.ts).
 * Whatever it skips, its output must be exactly what a build from scratch
 * writes: these builds run `npm run build` on a small generated archive in a
 * temporary folder.
 */
const folder = mkdtempSync(join(tmpdir(), 'incremental-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const notices = join(folder, 'notices');

function build(out: string, cache: string) {
  const result = spawnSync(process.execPath, ['src/cli/build.ts', '--outDir', join(folder, out)], {
    env: {
      ...process.env,
      NOTICES_DIR: notices,
      ASTRO_CACHE_DIR: join(folder, cache),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
    timeout: 180_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status, output).toBe(0);
  return {
    output,
    shards: /搜索索引 (\d+) 个分片和标题索引，重建 (\d+) 个/.exec(output)?.slice(1).map(Number),
  };
}

/** The pages under `root` whose file was written since `since` (ms since the epoch). */
function pagesWrittenSince(root: string, since: number): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => statSync(path).mtimeMs >= since)
    .map((path) => relative(root, path))
    .sort();
}

/** Every file under `root` with a digest of its bytes. */
function tree(root: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex')];
      })
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );
}

test("a rebuild after an edit, a removal, an addition, a new stage of an inspection and a new photo renders only those (and the stage's arrival) and writes what a full build writes", async () => {
  mkdirSync(notices);
  const generated = generateNotices(11, 61);
  // Among them notices with photos and attachments (tools/generate-notices.ts): the one edited below is one.
  expect(generated[7]!.files).toBeDefined();
  const photographed = generated[40]!;
  expect(photographed.files?.[0]?.kind).toBe('photo');
  await writeNotices(notices, generated.slice(0, 60));

  const cold = build('dist', 'cache');
  expect(cold.output).toContain('完整构建');
  const unchanged = build('dist', 'cache');
  expect(unchanged.output).toContain('增量构建');
  expect(unchanged.shards).toEqual([1, 0]);

  // An editor corrects one notice (a fact the search index holds, and its text), withdraws another
  // and publishes a new one.
  const [edited, removed] = [generated[7]!, generated[8]!];
  const corrected = edited.source.replace(/^  leader: .*$/m, '  leader: 郝更正');
  expect(corrected).not.toBe(edited.source);
  writeFileSync(join(notices, `${edited.id}.mdx`), `${corrected}\n（本公告已更正。）\n`);
  rmSync(join(notices, `${removed.id}.mdx`));
  await writeNotices(notices, [generated[60]!]);
  // A later stage of an inspection: its withdrawal, which the arrival's page links and counts in.
  const arrival = generated[1]!;
  const { team, unit, period } = noticeSchema().parse(parseNoticeFile(arrival.source).data) as StayNotice;
  writeFileSync(
    join(notices, `${arrival.id}-cheli.mdx`),
    [
      '---',
      'kind: withdrawal',
      `title: ${team.name}撤离公告`,
      `published: "${period.start}"`,
      `team: { name: ${team.name} }`,
      `unit: ${unit}`,
      `inspection: ${arrival.id}`,
      `withdrawal: { stops: "${period.start}", at: "18:00" }`,
      '---',
      '',
      '巡视组已撤离，联系电话、电子邮箱全部停止使用。',
      '',
    ].join('\n'),
  );
  // A photo replaced by another, its notice's text unchanged.
  writeFileSync(join(notices, photographed.files![0]!.path), await makePhoto(99, 1200, 800));
  const since = Date.now() - 1;
  const rebuild = build('dist', 'cache');
  expect(rebuild.output).toContain('增量构建');
  const written = pagesWrittenSince(join(folder, 'dist'), since);
  expect(written).toContain(`notices/${edited.id}/index.html`);
  expect(written).toContain(`notices/${generated[60]!.id}/index.html`);
  expect(written).toContain(`notices/${photographed.id}/index.html`);
  expect(written).not.toContain(`notices/${generated[0]!.id}/index.html`);
  expect(written).toContain(`notices/${arrival.id}/index.html`);
  expect(written).toContain(`notices/${arrival.id}-cheli/index.html`);
  const noticePages = written.filter((page) => /^notices\/[^/]+\/index\.html$/.test(page));
  expect(noticePages).toHaveLength(5);
  // A stay's poster and cards go with its page, and no others.
  const sheets = written.filter((page) => /^notices\/[^/]+\/(poster|card)\//.test(page));
  expect(sheets.length).toBeGreaterThan(0);
  for (const sheet of sheets)
    expect(noticePages).toContain(sheet.replace(/(poster|card)\/index\.html$/, 'index.html'));
  expect(rebuild.output).toMatch(/删除 1 份已不存在的公告的数据文件；删除 \d+ 个已不存在的页面/);
  // 61 notices share one shard (src/search/shards.ts), which changed, and so did the headlines.
  expect(rebuild.shards).toEqual([1, 2]);

  build('full', 'full-cache');
  const incremental = tree(join(folder, 'dist'));
  expect(Object.keys(incremental)).toContain(`notices/${generated[60]!.id}/index.html`);
  expect(Object.keys(incremental).filter((file) => file.includes(removed.id))).toEqual([]);
  expect(incremental).toEqual(tree(join(folder, 'full')));
}, 600_000);
