/**
 * The digest of each notice file, and a record of what each file was (inode,
 * size, times) when last digested, so that a file whose stat is unchanged is
 * not read again. The content loader writes the record; the notices worker reads it.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { digest } from '../util/digest.ts';
import { readJsonFile, writeJsonFile } from '../util/json-file.ts';
import { FILE_STATS } from './cache-names.ts';
import { readBody } from './mdx-body.ts';
import { assetPaths } from './notice-assets.ts';
import { noticeBody } from './notice-file.ts';

/** Bumped when what is made from a notice file changes in a way its digest must show (the loader's listing). */
const NOTICE_FORMAT = 'notice/6';

/** The digest of a notice file: the content store, the data files, the search shards and the pages all use this one. */
export function noticeDigest(source: string): string {
  return digest(NOTICE_FORMAT, source);
}


/** Each file's stat and digest; a notice's, with the files its text names (photos, attachments). */
export type FileStats = Map<string, [stat: string, digest: string, files?: string[]]>;

export function statKey(path: string): string {
  const stat = statSync(path, { bigint: true });
  return `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

/** The record in `cacheDir`; empty when there is none, or it is of another notice format. */
export function readFileStats(cacheDir: string): FileStats {
  // None yet, or unreadable: every file is read.
  const record = readJsonFile(join(cacheDir, FILE_STATS)) as
    | { format: string; files: Record<string, [string, string]> }
    | undefined;
  return record?.format === noticeDigest('') ? new Map(Object.entries(record.files)) : new Map();
}

/** Writes the record through a temporary file: a reader sees the old one or the new. */
export function writeFileStats(cacheDir: string, stats: FileStats): void {
  const file = join(cacheDir, FILE_STATS);
  mkdirSync(dirname(file), { recursive: true });
  writeJsonFile(file, { format: noticeDigest(''), files: Object.fromEntries(stats) });
}

/** The digest of a photo or attachment file, from `known` when its stat is unchanged. */
function assetDigest(path: string, known: FileStats, seen?: FileStats): string {
  if (!existsSync(path)) return 'missing';
  const stat = statKey(path);
  const before = known.get(path);
  const digested = before?.[0] === stat ? before[1] : digest(readFileSync(path));
  seen?.set(path, [stat, digested]);
  return digested;
}

/**
 * The digest of the notice file at `path` and of the files its text names,
 * from `known` when their stats are unchanged, else read; `source` is given
 * when the notice file was read. What was found is added to `seen`, when the
 * caller keeps a record. A notice that names no file has its file's digest.
 */
export function digestFile(
  path: string,
  known: FileStats,
  seen?: FileStats,
): { digest: string; source?: string } {
  const stat = statKey(path);
  const before = known.get(path);
  let own: string;
  let files: string[];
  let source: string | undefined;
  if (before?.[0] === stat) {
    [, own, files = []] = before;
  } else {
    // Synchronously: for thousands of small files, faster than Node's thread pool (README, Benchmark).
    source = readFileSync(path, 'utf8');
    own = noticeDigest(source);
    files = assetPaths(readBody(noticeBody(source)), path);
  }
  seen?.set(path, files.length ? [stat, own, files] : [stat, own]);
  const whole = files.length
    ? digest(own, ...files.map((file) => `${file}:${assetDigest(file, known, seen)}`))
    : own;
  return source === undefined ? { digest: whole } : { digest: whole, source };
}
