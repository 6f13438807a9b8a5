import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import {
  emptyState,
  pageFile,
  pathsToRender,
  PREVIOUS,
  propsKey,
  readNext,
  siteFingerprint,
  STATE_DIR_ENV,
  writeState,
} from '../../../src/build/state.ts';

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'build-state-'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(folder, { recursive: true, force: true });
});

const entry = (id: string, digest: string) => ({ id, digest, collection: 'notices', data: { title: id } });
const path = (id: string, digest: string) => ({ params: { slug: id }, props: { notice: entry(id, digest) } });
const pathname = (p: { params: { slug: string } }) => `/notices/${p.params.slug}/`;

test('a content entry counts in a page key by its id and digest only', () => {
  const a = { page: 2, items: [entry('a', '1'), entry('b', '1')] };
  expect(propsKey(a)).toBe(propsKey({ page: 2, items: [entry('a', '1'), entry('b', '1')] }));
  expect(propsKey(a)).not.toBe(propsKey({ page: 2, items: [entry('a', '1'), entry('b', '2')] }));
  expect(propsKey(a)).not.toBe(propsKey({ page: 3, items: [entry('a', '1'), entry('b', '1')] }));
  expect(propsKey(a)).not.toBe(propsKey({ page: 2, items: [entry('b', '1'), entry('a', '1')] }));
});

test('outside build.ts every path is rendered and nothing is recorded', () => {
  vi.stubEnv(STATE_DIR_ENV, '');
  const paths = [path('a', '1'), path('b', '1')];
  expect(pathsToRender('notice', paths, pathname)).toEqual(paths);
});

test('without a previous build every path is rendered, and every key is recorded', () => {
  vi.stubEnv(STATE_DIR_ENV, folder);
  const paths = [path('a', '1'), path('b', '1')];
  expect(pathsToRender('notice', paths, pathname)).toEqual(paths);
  expect(readNext(folder).get('pages:notice')).toEqual({
    '/notices/a/': propsKey(paths[0]!.props),
    '/notices/b/': propsKey(paths[1]!.props),
  });
});

test('a rebuild renders only the paths whose props changed or whose page is missing', () => {
  vi.stubEnv(STATE_DIR_ENV, folder);
  const out = join(folder, 'dist');
  const before = [path('a', '1'), path('b', '1'), path('c', '1'), path('编号', '1')];
  const state = emptyState('f', out);
  state.pages['notice'] = Object.fromEntries(before.map((p) => [encodeURI(pathname(p)), propsKey(p.props)]));
  writeState(join(folder, PREVIOUS), state);
  for (const id of ['a', 'b', '编号']) {
    mkdirSync(join(out, 'notices', id), { recursive: true });
    writeFileSync(pageFile(out, encodeURI(`/notices/${id}/`)), '<p></p>');
  }
  const now = [path('a', '1'), path('b', '2'), path('c', '1'), path('编号', '1'), path('d', '1')];
  // a and 编号 are unchanged; b changed; c's page is gone; d is new.
  const rendered = pathsToRender('notice', now, (p) => encodeURI(pathname(p)));
  expect(rendered.map((p) => p.params.slug)).toEqual(['b', 'c', 'd']);
});

test('the site fingerprint changes with the code, the configuration and SITE_URL', () => {
  writeFileSync(join(folder, 'astro.config.mjs'), 'export default {};\n');
  const before = siteFingerprint(folder, {});
  expect(siteFingerprint(folder, {})).toBe(before);
  mkdirSync(join(folder, 'src'));
  writeFileSync(join(folder, 'src', 'page.astro'), '<p>新</p>\n');
  const withPage = siteFingerprint(folder, {});
  expect(withPage).not.toBe(before);
  writeFileSync(join(folder, 'astro.config.mjs'), 'export default { site: "x" };\n');
  expect(siteFingerprint(folder, {})).not.toBe(withPage);
  expect(siteFingerprint(folder, { SITE_URL: 'https://example.gov.cn' })).not.toBe(
    siteFingerprint(folder, {}),
  );
});
