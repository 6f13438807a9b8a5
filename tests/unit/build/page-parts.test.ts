import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { PagePartsServer } from '../../../src/build/page-parts-server.ts';
import { makePageParts, takePageParts } from '../../../src/build/page-parts.ts';
import { readNotice } from '../../../src/content/notice-file.ts';
import { qrSvg } from '../../../src/formats/qr.ts';
import { SEED_NOTICE } from '../../helpers/notices.ts';

const source = readFileSync(SEED_NOTICE, 'utf8');
const { data, content } = readNotice(source, SEED_NOTICE);
const URL = 'https://notices.example.gov.cn/notices/2018-hebei-9-zhangjiakou/';
const ID = '2018-hebei-9-zhangjiakou';
let folder = '';
let server: PagePartsServer | undefined;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'page-parts-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(folder, { recursive: true, force: true });
});

/** A worker's server, and the address pages ask. */
async function worker(): Promise<[PagePartsServer, string]> {
  server = new PagePartsServer(join(folder, 'parts'));
  return [server, await server.listen()];
}

test('the parts hold the whole notice, its text as HTML and the QR code of its address', async () => {
  const parts = await makePageParts(data, content, source, SEED_NOTICE, URL);
  expect(parts.data).toEqual(data);
  expect(parts.body).toContain('<p>');
  expect(parts.body).toContain('018信箱');
  expect(parts.qr).toBe(qrSvg(URL, true));
});

test('a notice whose text @astrojs/mdx compiles gets no HTML of its text from the parts: its page renders it', async () => {
  const parts = await makePageParts(data, { mdx: true }, source, SEED_NOTICE, URL);
  expect(parts.body).toBeUndefined();
  expect(parts.qr).toBe(qrSvg(URL, true));
});

test('a page gets its parts from the worker, waiting for them if they are not made yet; they are kept on disk', async () => {
  const [parts, address] = await worker();
  const made = await makePageParts(data, content, source, SEED_NOTICE, URL);
  let settled = false;
  const asked = takePageParts(address, ID, 'digest', URL).finally(() => (settled = true));
  await new Promise((done) => setTimeout(done, 100));
  expect(settled).toBe(false);
  parts.add(ID, 'digest', URL, made);
  expect(await asked).toEqual(made);
  expect(statSync(join(folder, 'parts')).size).toBeGreaterThan(JSON.stringify(made).length);
  // Asked again (a page rendered twice), the same parts.
  expect(await takePageParts(address, ID, 'digest', URL)).toEqual(made);
});

test('a page makes its own when the parts are for another digest or address, or none will come', async () => {
  const [parts, address] = await worker();
  parts.add(ID, 'digest', URL, await makePageParts(data, content, source, SEED_NOTICE, URL));
  expect(await takePageParts(address, ID, 'the digest Astro read', URL)).toBeUndefined();
  expect(await takePageParts(address, ID, 'digest', 'https://other.example/')).toBeUndefined();
  const waiting = takePageParts(address, 'not-made', 'digest', URL);
  parts.finish();
  expect(await waiting).toBeUndefined();
  expect(await takePageParts(address, 'asked-after', 'digest', URL)).toBeUndefined();
});

test('without a worker to ask, a page makes its own', async () => {
  const [parts, address] = await worker();
  await parts.close();
  server = undefined;
  expect(await takePageParts(address, ID, 'digest', URL)).toBeUndefined();
});

test('once no more parts will come and every page has taken its own, the worker knows none will ask again', async () => {
  const [parts, address] = await worker();
  let taken = false;
  void parts.allTaken.then(() => (taken = true));
  parts.add(ID, 'digest', URL, await makePageParts(data, content, source, SEED_NOTICE, URL));
  parts.add('other', 'digest', URL, await makePageParts(data, content, source, SEED_NOTICE, URL));
  parts.finish();
  await takePageParts(address, ID, 'digest', URL);
  await new Promise(setImmediate);
  expect(taken).toBe(false);
  await takePageParts(address, 'other', 'digest', URL);
  await parts.allTaken;
});

test('the worker learns when the first page asks, so that it holds nothing while Astro bundles', async () => {
  const [parts, address] = await worker();
  let asked = false;
  void parts.firstAsked.then(() => (asked = true));
  await new Promise((done) => setTimeout(done, 50));
  expect(asked).toBe(false);
  // A page that asks before any part is made waits; the worker then knows to start.
  const waiting = takePageParts(address, ID, 'digest', URL);
  await parts.firstAsked;
  parts.add(ID, 'digest', URL, await makePageParts(data, content, source, SEED_NOTICE, URL));
  expect(await waiting).toBeDefined();
});
