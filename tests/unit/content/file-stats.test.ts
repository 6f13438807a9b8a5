import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { noticeDigest } from '../../../src/content/file-stats.ts';
import {
  digestFile,
  readFileStats,
  statKey,
  writeFileStats,
  type FileStats,
} from '../../../src/content/file-stats.ts';

let folder = '';
let file = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'file-stats-'));
  file = join(folder, 'notice.mdx');
  writeFileSync(file, '---\ntitle: 公告\n---\n\n正文。\n');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('a file whose stat is unchanged is not read again: its recorded digest is trusted', () => {
  const known: FileStats = new Map([[file, [statKey(file), 'recorded digest']]]);
  const seen: FileStats = new Map();
  expect(digestFile(file, known, seen)).toEqual({ digest: 'recorded digest' });
  expect(seen.get(file)).toEqual([statKey(file), 'recorded digest']);
});

test('a file whose stat changed is read and digested again', () => {
  const known: FileStats = new Map([[file, [statKey(file), 'recorded digest']]]);
  writeFileSync(file, '---\ntitle: 公告\n---\n\n更正后的正文。\n');
  const source = '---\ntitle: 公告\n---\n\n更正后的正文。\n';
  expect(digestFile(file, known, new Map())).toEqual({ digest: noticeDigest(source), source });
});

test('the record is kept across builds, and a record of another notice format is ignored', () => {
  const stats: FileStats = new Map([[file, [statKey(file), noticeDigest('x')]]]);
  writeFileStats(folder, stats);
  expect(readFileStats(folder)).toEqual(stats);
  writeFileSync(join(folder, 'notice-files.json'), JSON.stringify({ format: 'notice/0', files: {} }));
  expect(readFileStats(folder).size).toBe(0);
  expect(readFileStats(join(folder, 'missing')).size).toBe(0);
});
