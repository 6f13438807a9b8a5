import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { readState, siteFingerprint, writeState } from '../../../src/build/state.ts';

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'build-state-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

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

test('the developer tools are not part of the fingerprint: editing the benchmark keeps the next build incremental', () => {
  const before = siteFingerprint(folder, {});
  mkdirSync(join(folder, 'tools'));
  writeFileSync(join(folder, 'tools', 'bench.ts'), '// measuring\n');
  expect(siteFingerprint(folder, {})).toBe(before);
});

test('a state is read back as written; a missing, broken or older one is none', () => {
  const file = join(folder, 'state.json');
  expect(readState(file)).toBeUndefined();
  const state = { fingerprint: 'f', outDir: '/out', notices: { a: 'd' }, shards: { '0': 'k' }, pages: ['/'] };
  writeState(file, state);
  expect(readState(file)).toMatchObject(state);
  writeFileSync(file, '{"version":1');
  expect(readState(file)).toBeUndefined();
  writeFileSync(file, JSON.stringify({ ...state, version: 1 }));
  expect(readState(file)).toBeUndefined();
});
