/**
 * The rendered text of each notice, kept in files named by the notice's
 * digest rather than in the content store.
 *
 * Astro bundles the whole content store into the build as one JavaScript
 * string. With the notices' HTML in it, 10,000 notices made a 53 MB store,
 * about 3 s of every build, rebuilds included, to bundle and parse it again.
 * The store now holds each notice's data and digest; the loader writes the
 * HTML here once per digest and the notice page reads it back.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CACHE_DIR } from '../consts.ts';

export const BODIES_DIR = resolve(CACHE_DIR, 'notice-bodies');

const fileOf = (digest: string, dir: string) => join(dir, `${digest}.html`);

export function hasBody(digest: string, dir = BODIES_DIR): boolean {
  return existsSync(fileOf(digest, dir));
}

// Small files are read and written synchronously: for 10,000 of them, Node's asynchronous
// readFile took 2.5 s against 0.36 s (its open, stat, read and close each wait for the thread pool).

/** Writes through a temporary file: a reader never sees half a notice. */
export function writeBody(digest: string, html: string, dir = BODIES_DIR): void {
  mkdirSync(dir, { recursive: true });
  const file = fileOf(digest, dir);
  writeFileSync(`${file}.tmp`, html);
  renameSync(`${file}.tmp`, file);
}

export function readBody(digest: string, dir = BODIES_DIR): string {
  return readFileSync(fileOf(digest, dir), 'utf8');
}

/** Deletes the bodies of notices that are no longer there (or no longer say the same). */
export async function pruneBodies(keep: ReadonlySet<string>, dir = BODIES_DIR): Promise<void> {
  if (!existsSync(dir)) return;
  for (const name of await readdir(dir))
    if (!keep.has(name.replace(/\.html$/, ''))) await rm(join(dir, name), { force: true });
}
