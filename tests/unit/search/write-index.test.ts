import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { headlineRecord, searchRecord, type SearchRecord } from '../../../src/formats/search-record.ts';
import { readNotice } from '../../../src/content/notice-file.ts';
import { HEADLINES, planHeadlines, planShards } from '../../../src/search/shards.ts';
import { SEARCH_DIR, writeSearchIndex } from '../../../src/search/write-index.ts';
import { generateNotices } from '../../../tools/generate-notices.ts';

/** Real Pagefind, on the search records of a few generated notices. */
let site = '';
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'search-index-'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

const notices = new Map(
  generateNotices(3, 44)
    // Those whose text names no file: these are read without writing them out.
    .filter((notice) => !notice.files)
    .slice(0, 40)
    .map(({ id, source }) => [id, readNotice(source, `${id}.mdx`).data] as const),
);
const digests = Object.fromEntries([...notices.keys()].map((id) => [id, 'd']));
const recordOf = (id: string) => searchRecord(id, notices.get(id)!);

/** Every file of the index with its bytes. */
function files(root: string): Map<string, string> {
  return new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(root.length), readFileSync(path).toString('base64')];
      }),
  );
}

test('indexes every notice of every shard from its record, and writes the same bytes every time', async () => {
  const shards = planShards(digests);
  expect(await writeSearchIndex(site, shards, recordOf)).toEqual({ indexed: 40, reused: 0 });
  const first = files(join(site, SEARCH_DIR));
  expect([...first.keys()]).toContain('/0/pagefind.js');
  expect([...first.keys()].filter((file) => file.includes('/fragment/'))).toHaveLength(40);
  // Pagefind's ready-made interfaces are not shipped: the search page has its own.
  expect([...first.keys()].some((file) => file.includes('pagefind-ui'))).toBe(false);
  rmSync(join(site, SEARCH_DIR), { recursive: true });
  await writeSearchIndex(site, shards, recordOf);
  expect(files(join(site, SEARCH_DIR))).toEqual(first);
});

test('a rebuild indexes only shards whose key changed or whose folder is missing, and removes folders of shards gone', async () => {
  const shards = planShards(digests);
  await writeSearchIndex(site, shards, recordOf);
  const previous = Object.fromEntries(shards.map((shard) => [shard.name, shard.key]));
  mkdirSync(join(site, SEARCH_DIR, '7'));
  expect(await writeSearchIndex(site, shards, recordOf, previous)).toEqual({ indexed: 0, reused: 1 });
  expect(existsSync(join(site, SEARCH_DIR, '7'))).toBe(false);
  const [id] = notices.keys();
  const changed = planShards({ ...digests, [id!]: 'e' });
  expect(await writeSearchIndex(site, changed, recordOf, previous)).toEqual({ indexed: 40, reused: 0 });
  rmSync(join(site, SEARCH_DIR, '0'), { recursive: true });
  expect(await writeSearchIndex(site, shards, recordOf, previous)).toEqual({ indexed: 40, reused: 0 });
});

test("the headlines' index holds each notice's headline alone, and is not counted as notices indexed", async () => {
  const headlines = planHeadlines(Object.fromEntries([...notices].map(([id, data]) => [id, data.title])));
  const asked: string[] = [];
  const both = (id: string, holds: 'record' | 'headline') => {
    asked.push(holds);
    return holds === 'record' ? recordOf(id) : headlineRecord(id, notices.get(id)!);
  };
  expect(await writeSearchIndex(site, [...planShards(digests), headlines], both)).toEqual({
    indexed: 40,
    reused: 0,
  });
  expect(asked.filter((holds) => holds === 'headline')).toHaveLength(40);
  const fragments = readdirSync(join(site, SEARCH_DIR, HEADLINES, 'fragment'));
  expect(fragments).toHaveLength(40);
  const [id, data] = [...notices][0]!;
  const record = headlineRecord(id, data);
  // What a result shows: the headline, and what tells apart two notices of one headline.
  expect(record.filters?.['title']).toEqual([data.title]);
  expect(record.filters?.['detail']?.[0]).toMatch(new RegExp(`^${data.team.name}，巡[视察]期间：\\d{4}年`));
  // Words of the index: the headline in the words the browser finds, and nothing else of the notice.
  expect(record.meta).toEqual({});
  expect(record.content.replaceAll('\u200b', '')).toBe(data.title);
});

test("what a headline's result shows adds no word to the headlines' index", async () => {
  const headlines = planHeadlines(Object.fromEntries([...notices].map(([id, data]) => [id, data.title])));
  const indexOf = async (record: (id: string) => SearchRecord) => {
    rmSync(join(site, SEARCH_DIR), { recursive: true, force: true });
    await writeSearchIndex(site, [headlines], record);
    return new Map([...files(join(site, SEARCH_DIR))].filter(([path]) => path.includes('/index/')));
  };
  const shown = await indexOf((id) => headlineRecord(id, notices.get(id)!));
  const wordsOnly = await indexOf((id) => ({ ...headlineRecord(id, notices.get(id)!), filters: {} }));
  expect(shown.size).toBeGreaterThan(0);
  expect(shown).toEqual(wordsOnly);
});
