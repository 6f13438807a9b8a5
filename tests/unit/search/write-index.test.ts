import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { indexEarly, SEARCH_DIR, writeSearchIndex } from '../../../src/search/write-index.ts';
import { planShards } from '../../../src/search/shards.ts';

/**
 * The search index begun while Astro renders: each shard as soon as its
 * pages are written. Real Pagefind processes on a site of 1,000 small pages
 * in two shards of 500 (src/lib/searchShards.ts).
 */
let folder = '';
let site = '';
let since = 0;
const notices = Object.fromEntries(
  Array.from({ length: 1000 }, (_, i) => [
    `n${String(i).padStart(4, '0')}`,
    { digest: 'd', year: i % 2 ? '2020' : '2021' },
  ]),
);
const shards = planShards(notices);

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'search-index-'));
  site = join(folder, 'dist');
  mkdirSync(site);
  // As build.ts marks the start of Astro's build.
  writeFileSync(join(folder, 'started'), '');
  since = statSync(join(folder, 'started')).mtimeMs;
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Writes the pages of the notices `ids`, as Astro would. */
function writePages(root: string, ids: readonly string[]) {
  for (const id of ids) {
    mkdirSync(join(root, 'notices', id), { recursive: true });
    writeFileSync(
      join(root, 'notices', id, 'index.html'),
      `<!DOCTYPE html><html lang="zh-CN"><head><title>${id}</title></head><body><article data-pagefind-body><h1>巡视组公告 ${id}</h1><p>值班电话 0313-${id.slice(1)}，张家口市。</p></article></body></html>`,
    );
  }
}

/** Every file of the search index in `root`, by path. */
function index(root: string): Record<string, Buffer> {
  const dir = join(root, SEARCH_DIR);
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length), readFileSync(path)];
      }),
  );
}

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

test('a shard is indexed as soon as its pages are written, and the index is the one made after the build', async () => {
  expect(shards.map((shard) => shard.ids.length)).toEqual([500, 500]);
  const astro = deferred();
  const early = indexEarly(site, notices, undefined, since, astro.promise);
  expect([...early.keys()]).toEqual(shards.map((shard) => shard.name));
  let secondDone = false;
  void early.get(shards[1]!.name)!.done.then(() => (secondDone = true));

  writePages(site, shards[0]!.ids);
  expect(await early.get(shards[0]!.name)!.done).toEqual({ indexed: 500, whileAstro: true });
  // The second shard's pages are not written yet: it waits.
  expect(secondDone).toBe(false);
  writePages(site, shards[1]!.ids);
  expect(await early.get(shards[1]!.name)!.done).toEqual({ indexed: 500, whileAstro: true });
  astro.resolve();

  const result = await writeSearchIndex(site, shards, undefined, early);
  expect(result).toEqual({ indexed: 1000, shards: 2, reused: 0, whileAstro: 2 });

  // The same pages indexed after the build, as without the early start.
  const after = join(folder, 'after');
  cpSync(site, after, { recursive: true });
  rmSync(join(after, SEARCH_DIR), { recursive: true });
  await writeSearchIndex(after, shards);
  expect(index(site)).toEqual(index(after));
}, 60_000);

test('a shard whose pages are not all written when Astro ends is left to the index after the build', async () => {
  const astro = deferred();
  const early = indexEarly(site, notices, undefined, since, astro.promise);
  writePages(site, shards[0]!.ids);
  writePages(site, shards[1]!.ids.slice(0, 100));
  expect((await early.get(shards[0]!.name)!.done)?.indexed).toBe(500);
  astro.resolve();
  expect(await early.get(shards[1]!.name)!.done).toBeUndefined();

  writePages(site, shards[1]!.ids.slice(100));
  const result = await writeSearchIndex(site, shards, undefined, early);
  expect(result).toEqual({ indexed: 1000, shards: 2, reused: 0, whileAstro: 1 });
  expect(readdirSync(join(site, SEARCH_DIR)).sort()).toEqual(shards.map((shard) => shard.name).sort());
}, 60_000);
