import { stageDay } from '../../../src/schemas/notice.ts';
import {
  existsSync,
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
import { workOnNotices, type NoticesWork } from '../../../src/build/notices-worker.ts';
import { noticeDigest } from '../../../src/content/file-stats.ts';
import type { NoticeRecord } from '../../../src/formats/open-data.ts';
import { generateNotices } from '../../../tools/generate-notices.ts';

const SITE = 'https://notices.example.gov.cn';
let folder = '';
let work: NoticesWork;
const notices = generateNotices(5, 3);
const [first, second, third] = notices.map((notice) => notice.id) as [string, string, string];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'notices-worker-'));
  work = {
    base: join(folder, 'notices'),
    outDir: join(folder, 'dist'),
    site: SITE,
    cacheDir: join(folder, 'cache'),
  };
  mkdirSync(work.base);
  for (const notice of notices) writeFileSync(join(work.base, `${notice.id}.mdx`), notice.source);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const digestOf = (id: string) => noticeDigest(readFileSync(join(work.base, `${id}.mdx`), 'utf8'));
const list = () => JSON.parse(readFileSync(join(work.outDir, 'notices.json'), 'utf8')) as NoticeRecord[];
const recordOf = (id: string) =>
  JSON.parse(readFileSync(join(work.outDir, 'notices', `${id}.json`), 'utf8')) as NoticeRecord;
/** What the next build is given of this one. */
const previousOf = (done: Awaited<ReturnType<typeof workOnNotices>>) => ({
  notices: done.notices,
  shards: done.shards,
});

test('writes every notice its data files, the notice list newest first, and the search index', async () => {
  const done = await workOnNotices(work);
  expect(done).toMatchObject({ written: 3, removed: 0, indexed: 3, reused: 0 });
  expect(done.notices).toEqual(Object.fromEntries([first, second, third].map((id) => [id, digestOf(id)])));
  expect(readdirSync(join(work.outDir, 'notices')).sort()).toEqual(
    [first, second, third].flatMap((id) => [`${id}.ics`, `${id}.json`, `${id}.svg`, `${id}.vcf`]).sort(),
  );
  expect(list()).toEqual(
    [first, second, third]
      .map(recordOf)
      .sort(
        (a, b) =>
          stageDay(b).localeCompare(stageDay(a)) ||
          b.published.localeCompare(a.published) ||
          a.id.localeCompare(b.id),
      ),
  );
  expect(new Set(list().map((record) => stageDay(record))).size).toBeGreaterThan(1);
  expect(existsSync(join(work.outDir, 'pagefind', '0', 'pagefind.js'))).toBe(true);
});

test('a rebuild redoes only new, changed and incomplete notices, and deletes the files of removed ones', async () => {
  const before = await workOnNotices(work);
  writeFileSync(join(work.base, `${second}.mdx`), `${notices[1]!.source}\n（本公告已更正。）\n`);
  rmSync(join(work.base, `${third}.mdx`));
  rmSync(join(work.outDir, 'notices', `${first}.ics`));
  const done = await workOnNotices({ ...work, previous: previousOf(before) });
  // The first is unchanged but lost a file: its files are written again.
  expect(done).toMatchObject({ written: 2, removed: 1, indexed: 2 });
  expect(done.notices).toEqual({ [first]: before.notices[first], [second]: digestOf(second) });
  expect(readdirSync(join(work.outDir, 'notices')).sort()).toEqual(
    [first, second].flatMap((id) => [`${id}.ics`, `${id}.json`, `${id}.svg`, `${id}.vcf`]).sort(),
  );
  // The list: without the removed notice, with the changed one as it is now.
  expect(
    list()
      .map((record) => record.id)
      .sort(),
  ).toEqual([first, second]);
  expect(list().find((record) => record.id === second)).toEqual(recordOf(second));
});

test('a rebuild in which no notice changed rewrites nothing and keeps the search index', async () => {
  const before = await workOnNotices(work);
  const written = statSync(join(work.outDir, 'notices.json')).mtimeMs;
  const done = await workOnNotices({ ...work, previous: previousOf(before) });
  // The shard and the headlines' index both.
  expect(done).toMatchObject({ written: 0, removed: 0, indexed: 0, reused: 2 });
  expect(statSync(join(work.outDir, 'notices.json')).mtimeMs).toBe(written);
});

test('a rebuild without the last notice list writes it again from the notices', async () => {
  const before = await workOnNotices(work);
  rmSync(join(work.outDir, 'notices.json'));
  await workOnNotices({ ...work, previous: previousOf(before) });
  expect(
    list()
      .map((record) => record.id)
      .sort(),
  ).toEqual([first, second, third]);
});

test('a folder without one valid notice still gets its (empty) notice list', async () => {
  for (const notice of notices)
    writeFileSync(join(work.base, `${notice.id}.mdx`), '---\ntitle: 只有标题\n---\n\n正文。\n');
  expect(await workOnNotices(work)).toMatchObject({ written: 0, indexed: 0 });
  expect(list()).toEqual([]);
});

test('an invalid notice gets no files and no place in the index: the build, running beside, refuses it and says why', async () => {
  const before = await workOnNotices(work);
  writeFileSync(join(work.base, `${first}.mdx`), '---\ntitle: 只有标题\n---\n\n正文。\n');
  const done = await workOnNotices({ ...work, previous: previousOf(before) });
  expect(done).toMatchObject({ written: 0, removed: 1, indexed: 2 });
  expect(existsSync(join(work.outDir, 'notices', `${first}.vcf`))).toBe(false);
  expect(list().map((record) => record.id)).not.toContain(first);
  expect(Object.keys(done.notices)).not.toContain(first);
});
