import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { hasBody, pruneBodies, readBody, writeBody } from '../../src/lib/noticeBodies.ts';

const dir = mkdtempSync(join(tmpdir(), 'bodies-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a notice body is kept under its digest and read back as written', () => {
  expect(hasBody('abc', dir)).toBe(false);
  writeBody('abc', '<p>巡视期间，欢迎来信来电。</p>\n', dir);
  expect(hasBody('abc', dir)).toBe(true);
  expect(readBody('abc', dir)).toBe('<p>巡视期间，欢迎来信来电。</p>\n');
  expect(readdirSync(dir)).toEqual(['abc.html']);
});

test('pruning keeps the bodies of current digests only', async () => {
  for (const digest of ['a', 'b', 'c']) writeBody(digest, `<p>${digest}</p>`, dir);
  await pruneBodies(new Set(['b']), dir);
  expect(readdirSync(dir)).toEqual(['b.html']);
});
