import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { noticeUrl } from '../../../src/notice/archive.ts';
import { noticeDigest } from '../../../src/build/state.ts';
import { generateNotices } from '../../../tools/generate-notices.ts';
import { abandonPack, packed, PackWriter } from '../../../src/build/page-parts-store.ts';
import { noticePage } from '../../../src/build/page-parts.ts';
import type { NoticeRecord } from '../../../src/formats/open-data.ts';
import { prepareNotices } from '../../../src/build/notices-worker.ts';
import { qrSvg } from '../../../src/formats/qr.ts';

const SITE = 'https://notices.example.gov.cn';
let folder = '';
let base = '';
let out = '';
let dir = '';
const notices = generateNotices(5, 3);
const [first, second, third] = notices.map((notice) => notice.id) as [string, string, string];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'prework-'));
  base = join(folder, 'notices');
  out = join(folder, 'dist');
  dir = join(folder, 'pack');
  mkdirSync(base);
  for (const notice of notices) writeFileSync(join(base, `${notice.id}.mdx`), notice.source);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const digestOf = (id: string) => noticeDigest(readFileSync(join(base, `${id}.mdx`), 'utf8'));

const listed = () =>
  (JSON.parse(readFileSync(join(out, 'notices.json'), 'utf8')) as NoticeRecord[]).map((record) => record.id);
const recordOf = (id: string) =>
  JSON.parse(readFileSync(join(out, 'notices', `${id}.json`), 'utf8')) as NoticeRecord;

test('the pack gives a page the same whole notice, text and QR code it would make itself', async () => {
  const done = await prepareNotices({ base, outDir: out, site: SITE, cacheDir: join(folder, 'cache'), dir });
  expect(done).toMatchObject({ rendered: 3, written: 3 });
  expect(Object.keys(done.notices)).toEqual([first, second, third]);
  const url = noticeUrl(first, SITE);
  const path = join(base, `${first}.mdx`);
  const ready = await packed(first, digestOf(first), url, dir);
  // Outside a build that makes a pack, the page makes its own.
  expect(ready).toEqual(await noticePage({ id: first, digest: digestOf(first), filePath: path }, url));
  expect(ready?.qr).toBe(await qrSvg(url));
  expect(ready?.body).toContain('<p>');
  expect(ready?.data.channels.length).toBeGreaterThan(0);
});

test('the notice list holds the record of every notice, newest first', async () => {
  await prepareNotices({ base, outDir: out, site: SITE, cacheDir: join(folder, 'cache'), dir });
  const list = JSON.parse(readFileSync(join(out, 'notices.json'), 'utf8')) as NoticeRecord[];
  expect(list).toEqual(
    [first, second, third]
      .map(recordOf)
      .sort(
        (a, b) =>
          b.period.start.localeCompare(a.period.start) ||
          b.published.localeCompare(a.published) ||
          a.id.localeCompare(b.id),
      ),
  );
  expect(new Set(list.map((record) => record.period.start)).size).toBeGreaterThan(1);
});

test('a page whose notice changed, or whose address differs, makes its own', async () => {
  await prepareNotices({ base, outDir: out, site: SITE, cacheDir: join(folder, 'cache'), dir });
  expect(await packed(first, 'another digest', noticeUrl(first, SITE), dir)).toBeUndefined();
  expect(
    await packed(first, digestOf(first), noticeUrl(first, 'https://other.example'), dir),
  ).toBeUndefined();
  expect(await packed('not-a-notice', digestOf(first), noticeUrl(first, SITE), dir)).toBeUndefined();
  // Outside a build that makes a pack (astro dev), there is nothing to wait for.
  expect(await packed(first, digestOf(first), noticeUrl(first, SITE), undefined)).toBeUndefined();
});

test('a page waits for its notice while the pack is made, and goes on without one the pack ends without', async () => {
  const writer = new PackWriter(dir);
  const url = noticeUrl(first, SITE);
  const path = join(base, `${first}.mdx`);
  const page = await noticePage({ id: first, digest: digestOf(first), filePath: path }, url);
  let settled = false;
  const waiting = packed(first, digestOf(first), url, dir).finally(() => (settled = true));
  const missing = packed(second, digestOf(second), noticeUrl(second, SITE), dir);
  await new Promise((done) => setTimeout(done, 100));
  expect(settled).toBe(false);
  writer.add(first, digestOf(first), url, page);
  expect(await waiting).toEqual(page);
  writer.finish();
  expect(await missing).toBeUndefined();
});

test('pages go on without a pack that was abandoned', async () => {
  abandonPack(dir);
  expect(await packed(first, digestOf(first), noticeUrl(first, SITE), dir)).toBeUndefined();
});

test('a rebuild redoes only new and changed notices, and deletes the files of removed ones', async () => {
  const { notices: previous } = await prepareNotices({
    base,
    outDir: out,
    site: SITE,
    cacheDir: join(folder, 'cache'),
    dir,
  });
  writeFileSync(join(base, `${second}.mdx`), `${notices[1]!.source}\n（本公告已更正。）\n`);
  rmSync(join(base, `${third}.mdx`));
  rmSync(join(out, 'notices', `${first}.ics`));

  const done = await prepareNotices({
    base,
    outDir: out,
    site: SITE,
    cacheDir: join(folder, 'cache'),
    dir: `${dir}-2`,
    previous,
  });
  // The first is unchanged but lost a file: its files are written again, its page needs no new text.
  expect(done).toMatchObject({ rendered: 1, written: 2 });
  // What the notice route will record: the unchanged one as before, the changed one with its new digest.
  expect(done.notices).toEqual({
    [first]: previous[first],
    [second]: { digest: digestOf(second), year: previous[second]!.year },
  });
  expect(await packed(second, digestOf(second), noticeUrl(second, SITE), `${dir}-2`)).toBeDefined();
  expect(readdirSync(join(out, 'notices')).sort()).toEqual(
    [first, second].flatMap((id) => [`${id}.ics`, `${id}.json`, `${id}.vcf`]).sort(),
  );
  // The list: without the removed notice, with the changed one as it is now.
  expect(listed().sort()).toEqual([first, second]);
  expect(JSON.stringify(JSON.parse(readFileSync(join(out, 'notices.json'), 'utf8')))).toContain(
    JSON.stringify(recordOf(second)),
  );
});

test('a rebuild in which no notice changed keeps the notice list as it was', async () => {
  const options = { base, outDir: out, site: SITE, cacheDir: join(folder, 'cache'), dir };
  const { notices: previous } = await prepareNotices(options);
  writeFileSync(join(out, 'notices.json'), '[]');
  await prepareNotices({ ...options, previous });
  expect(readFileSync(join(out, 'notices.json'), 'utf8')).toBe('[]');
  rmSync(join(out, 'notices.json'));
  await prepareNotices({ ...options, previous });
  expect(listed().sort()).toEqual([first, second, third]);
});

test('an invalid notice gets no files: the build, running beside, refuses it and says why', async () => {
  writeFileSync(join(base, `${first}.mdx`), '---\ntitle: 只有标题\n---\n\n正文。\n');
  const done = await prepareNotices({ base, outDir: out, site: SITE, cacheDir: join(folder, 'cache'), dir });
  expect(done.written).toBe(2);
  expect(existsSync(join(out, 'notices', `${first}.vcf`))).toBe(false);
  expect(await packed(first, digestOf(first), noticeUrl(first, SITE), dir)).toBeUndefined();
  expect(listed()).not.toContain(first);
});
