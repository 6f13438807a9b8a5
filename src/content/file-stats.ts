/**
 * What each notice file was when it was last read: its inode, size and
 * times, and its digest. A file whose stat is the same has the same digest,
 * so it need not be read again: reading and digesting 10,000 files was about
 * 0.5 s of every rebuild, in the content loader and again in the prework.
 *
 * The content loader writes the record (src/lib/noticeLoader.ts); the
 * prework reads it (src/lib/prework.ts). A stat is taken before the file is
 * read, so a file changed meanwhile has another stat next time and is read
 * again. Each entry is a stat and the digest read under it, true when it was
 * written, so an older or newer record is never wrong, only less useful.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { noticeDigest, writeJsonFile } from '../build/state.ts';

/** The record's file in the cache folder. */
export const FILE_STATS = 'notice-files.json';

export type FileStats = Map<string, [stat: string, digest: string]>;

export function statKey(path: string): string {
  const stat = statSync(path, { bigint: true });
  return `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

/** The record in `cacheDir`; empty when there is none, or it is of another notice format (src/lib/buildState.ts). */
export function readFileStats(cacheDir: string): FileStats {
  try {
    const record = JSON.parse(readFileSync(join(cacheDir, FILE_STATS), 'utf8')) as {
      format: string;
      files: Record<string, [string, string]>;
    };
    if (record.format === noticeDigest('')) return new Map(Object.entries(record.files));
  } catch {
    // None yet, or unreadable: every file is read.
  }
  return new Map();
}

/** Writes the record through a temporary file: a reader sees the old one or the new. */
export function writeFileStats(cacheDir: string, stats: FileStats): void {
  const file = join(cacheDir, FILE_STATS);
  mkdirSync(dirname(file), { recursive: true });
  writeJsonFile(file, { format: noticeDigest(''), files: Object.fromEntries(stats) });
}

/**
 * The digest of the file at `path`, from `known` when its stat is unchanged,
 * else read; `source` is given when the file was read. What was found is
 * added to `seen`, when the caller keeps a record.
 */
export function digestFile(
  path: string,
  known: FileStats,
  seen?: FileStats,
): { digest: string; source?: string } {
  const stat = statKey(path);
  const before = known.get(path);
  if (before?.[0] === stat) {
    seen?.set(path, before);
    return { digest: before[1] };
  }
  // Synchronously, as every small file of the build (src/lib/noticeOutputs.ts).
  const source = readFileSync(path, 'utf8');
  const digest = noticeDigest(source);
  seen?.set(path, [stat, digest]);
  return { digest, source };
}
