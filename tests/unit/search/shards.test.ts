import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writtenSince } from '../../../src/search/write-index.ts';
import { groupYears, planShards, renderOrder } from '../../../src/search/shards.ts';

const counts = (entries: [string, number][]) => new Map(entries);

test('a small archive has one search index for all its years', () => {
  expect(
    groupYears(
      counts([
        ['2018', 1],
        ['2019', 150],
        ['2026', 150],
      ]),
    ),
  ).toEqual([{ name: '2018-2026', years: ['2018', '2019', '2026'] }]);
});

test('consecutive years share an index until it holds 500 notices; the newest few join the last', () => {
  const years = counts([
    ['2015', 300],
    ['2016', 300],
    ['2017', 1200],
    ['2018', 430],
    ['2019', 844],
    ['2020', 12],
  ]);
  expect(groupYears(years).map((group) => group.name)).toEqual(['2015-2016', '2017', '2018-2020']);
});

test('a changed notice changes the key of its own shard only', () => {
  const notices = Object.fromEntries(
    Array.from({ length: 1500 }, (_, i) => [`n${i}`, { digest: 'd', year: String(2015 + (i % 3)) }]),
  );
  const before = planShards(notices);
  expect(before.map((shard) => [shard.name, shard.pages.length])).toEqual([
    ['2015', 500],
    ['2016', 500],
    ['2017', 500],
  ]);
  const after = planShards({ ...notices, n2: { digest: 'e', year: '2017' } });
  expect(after.map((shard) => shard.key === before.find((b) => b.name === shard.name)?.key)).toEqual([
    true,
    true,
    false,
  ]);
  expect(after[2]!.pages).toContain('notices/n2/index.html');
});

test('a page counts as written by this build only when it is whole and newer than the build', () => {
  const folder = mkdtempSync(join(tmpdir(), 'written-'));
  try {
    const page = join(folder, 'index.html');
    expect(writtenSince(page, 0)).toBe(false);
    writeFileSync(page, '<!DOCTYPE html><html lang="zh-CN"><body><h1>公告</h1>');
    const { mtimeMs } = statSync(page);
    // Half of it: Astro is still writing.
    expect(writtenSince(page, mtimeMs)).toBe(false);
    writeFileSync(page, '<!DOCTYPE html><html lang="zh-CN"><body><h1>公告</h1></body></html>');
    expect(writtenSince(page, statSync(page).mtimeMs)).toBe(true);
    // Whole, but from before this build began: the last build's page.
    expect(writtenSince(page, statSync(page).mtimeMs + 1)).toBe(false);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('notice pages are rendered shard by shard, oldest shard first, by id within each', () => {
  const notices = {
    b: { digest: 'd', year: '2016' },
    a: { digest: 'd', year: '2017' },
    c: { digest: 'd', year: '2015' },
    ...Object.fromEntries(
      Array.from({ length: 1500 }, (_, i) => [`n${i}`, { digest: 'd', year: String(2015 + (i % 3)) }]),
    ),
  };
  const order = renderOrder(notices);
  expect(order).toHaveLength(1503);
  expect(new Set(order).size).toBe(1503);
  const shards = planShards(notices);
  expect(shards.length).toBeGreaterThan(1);
  expect(order).toEqual(shards.flatMap((shard) => shard.ids));
  // Each shard's notices come together: the shard changes only at its boundaries.
  const shardOf = new Map(shards.flatMap((shard) => shard.ids.map((id) => [id, shard.name])));
  const runs = order.filter((id, index) => index === 0 || shardOf.get(id) !== shardOf.get(order[index - 1]!));
  expect(runs).toHaveLength(shards.length);
});
