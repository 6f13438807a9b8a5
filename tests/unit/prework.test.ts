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
import { noticeUrl } from '../../src/lib/archive.ts';
import { noticeDigest } from '../../src/lib/buildState.ts';
import { generateNotices } from '../../src/lib/generate.ts';
import { renderNoticeText } from '../../src/lib/noticeText.ts';
import { abandonPack, packed } from '../../src/lib/noticePack.ts';
import { prepareNotices } from '../../src/lib/prework.ts';
import { qrSvg } from '../../src/lib/qr.ts';

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

test('the pack gives a page the same text and QR code it would make itself', async () => {
  const done = await prepareNotices({ base, outDir: out, site: SITE, cacheDir: join(folder, 'cache'), dir });
  expect(done).toMatchObject({ rendered: 3, written: 3 });
  expect(Object.keys(done.notices)).toEqual([first, second, third]);
  const url = noticeUrl(first, SITE);
  const ready = await packed(first, digestOf(first), url, dir);
  expect(ready?.body).toBe(await renderNoticeText(join(base, `${first}.mdx`)));
  expect(ready?.qr).toBe(await qrSvg(url));
  expect(ready?.body).toContain('<p>');
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
});

test('an invalid notice gets no files: the build, running beside, refuses it and says why', async () => {
  writeFileSync(join(base, `${first}.mdx`), '---\ntitle: 只有标题\n---\n\n正文。\n');
  const done = await prepareNotices({ base, outDir: out, site: SITE, cacheDir: join(folder, 'cache'), dir });
  expect(done.written).toBe(2);
  expect(existsSync(join(out, 'notices', `${first}.vcf`))).toBe(false);
});
