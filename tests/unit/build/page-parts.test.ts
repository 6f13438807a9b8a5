import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { pagePartsOf } from '../../../src/build/notices-worker.ts';
import { makePageParts, PagePartsServer, takePageParts } from '../../../src/build/page-parts.ts';
import { noticeDigest } from '../../../src/content/file-stats.ts';
import { readNotice } from '../../../src/content/notice-file.ts';
import { qrSvg } from '../../../src/formats/qr.ts';
import { noticeUrl } from '../../../src/notice/urls.ts';
import { SEED_NOTICE } from '../../helpers/notices.ts';

const SITE = 'https://notices.example.gov.cn';
const ID = '2018-hebei-9-zhangjiakou';
const URL = noticeUrl(ID, SITE);
const source = readFileSync(SEED_NOTICE, 'utf8');
const digest = noticeDigest(source);
let base = '';
let server: PagePartsServer | undefined;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'page-parts-'));
  mkdirSync(base, { recursive: true });
  writeFileSync(join(base, `${ID}.mdx`), source);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(base, { recursive: true, force: true });
});

/** A worker's server over the notices in `base`, and its address. */
async function worker(): Promise<string> {
  server = new PagePartsServer((id) => pagePartsOf(base, SITE, id));
  return server.listen();
}

test('the parts hold the whole notice, its text as HTML and the QR code of its address', async () => {
  const { data } = readNotice(source, SEED_NOTICE);
  const parts = await makePageParts(data, source, SEED_NOTICE, URL);
  expect(parts.data).toEqual(data);
  expect(parts.body).toContain('<p>');
  expect(parts.body).toContain('018信箱');
  expect(parts.qr).toBe(await qrSvg(URL));
});

test('a page gets from the worker the parts it would make itself', async () => {
  const address = await worker();
  const { data } = readNotice(source, SEED_NOTICE);
  expect(await takePageParts(address, ID, digest, URL)).toEqual(
    await makePageParts(data, source, join(base, `${ID}.mdx`), URL),
  );
});

test('a page makes its own when its file changed since Astro read it, or its address differs', async () => {
  const address = await worker();
  expect(await takePageParts(address, ID, 'the digest Astro read', URL)).toBeUndefined();
  expect(await takePageParts(address, ID, digest, noticeUrl(ID, 'https://other.example'))).toBeUndefined();
});

test('a page makes its own for a notice the worker cannot read: missing or invalid', async () => {
  const address = await worker();
  expect(await takePageParts(address, 'no-such-notice', digest, URL)).toBeUndefined();
  writeFileSync(join(base, `${ID}.mdx`), '---\ntitle: 只有标题\n---\n\n正文。\n');
  expect(await takePageParts(address, ID, digest, URL)).toBeUndefined();
});

test('without a worker to ask, a page makes its own', async () => {
  const address = await worker();
  await server!.close();
  server = undefined;
  expect(await takePageParts(address, ID, digest, URL)).toBeUndefined();
});
