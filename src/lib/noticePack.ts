/**
 * The pack: each notice's rendered text and QR code, made by the build
 * beside Astro (src/lib/prework.ts) and read by the notice page.
 *
 * One file of the texts and QR codes end to end, and an index of where each
 * notice's are, with the digest and address they were made for: a page
 * whose notice is not in the pack, or is there with another digest or
 * address, makes its own. The index is written last, through a temporary
 * file: a page sees no pack or a whole one. Pages wait for it only in a
 * build that build.ts said makes one (PACK_ENV).
 *
 * Kept apart from the work that fills it, so that build.ts and the pages
 * load none of that work's libraries.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeJsonFile, type BuildState } from './buildState.ts';

/** Set by build.ts for Astro: the folder of the pack this build makes. */
export const PACK_ENV = 'NOTICE_BUILD_PACK';

const PACK = 'pack';
const INDEX = 'index.json';
const NOTICES = 'notices.json';

/** A notice's entry in the index: its digest, its address, and where its text and QR code are in the pack. */
type Entry = [digest: string, url: string, offset: number, bodyBytes: number, qrBytes: number];

/** Writes a pack into `dir` (emptied first), a notice at a time; `finish` makes it visible. */
export class PackWriter {
  readonly #dir: string;
  readonly #fd: number;
  readonly #index: Record<string, Entry> = {};
  #offset = 0;

  constructor(dir: string) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    this.#dir = dir;
    this.#fd = openSync(join(dir, PACK), 'w');
  }

  add(id: string, digest: string, url: string, body: string, qr: string): void {
    const bytes = Buffer.from(body + qr);
    const bodyBytes = Buffer.byteLength(body);
    writeSync(this.#fd, bytes);
    this.#index[id] = [digest, url, this.#offset, bodyBytes, bytes.length - bodyBytes];
    this.#offset += bytes.length;
  }

  get size(): number {
    return Object.keys(this.#index).length;
  }

  /** Closes the pack and writes its index; `complete: false` writes an empty one (see abandonPack). */
  finish(complete = true): void {
    closeSync(this.#fd);
    writeIndex(this.#dir, complete ? this.#index : {});
  }
}

/** Lets the pages that wait for the pack in `dir` go on without it, if it was not finished. */
export function abandonPack(dir: string): void {
  if (existsSync(join(dir, INDEX))) return;
  mkdirSync(dir, { recursive: true });
  writeIndex(dir, {});
}

function writeIndex(dir: string, index: Record<string, Entry>): void {
  writeJsonFile(join(dir, INDEX), index);
}

/** Beside the pack: every valid notice's digest and year, as the prework found them. */
export function writePackNotices(dir: string, notices: BuildState['notices']): void {
  writeJsonFile(join(dir, NOTICES), notices);
}

export function readPackNotices(dir: string): BuildState['notices'] | undefined {
  const file = join(dir, NOTICES);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildState['notices']) : undefined;
}

interface Pack {
  index: Record<string, Entry>;
  fd: number | undefined;
}

/** How long a page waits for the pack before it makes its own text and QR code. */
const PATIENCE_MS = 120_000;
const packs = new Map<string, Promise<Pack>>();

/** The pack in `dir` once its index is written (read once per build). */
function openPack(dir: string): Promise<Pack> {
  let pack = packs.get(dir);
  if (!pack) {
    pack = (async () => {
      const file = join(dir, INDEX);
      for (let waited = 0; !existsSync(file); waited += 20) {
        if (waited > PATIENCE_MS) return { index: {}, fd: undefined };
        await sleep(20);
      }
      const index = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;
      return { index, fd: Object.keys(index).length ? openSync(join(dir, PACK), 'r') : undefined };
    })();
    packs.set(dir, pack);
  }
  return pack;
}

/**
 * For the notice page: the notice's text and QR code from the pack, when this
 * build makes one and it holds this notice with this digest and address.
 */
export async function packed(
  id: string,
  digest: string,
  url: string,
  dir = process.env[PACK_ENV],
): Promise<{ body: string; qr: string } | undefined> {
  if (!dir) return undefined;
  const { index, fd } = await openPack(dir);
  const entry = index[id];
  if (fd === undefined || !entry || entry[0] !== digest || entry[1] !== url) return undefined;
  const [, , offset, bodyBytes, qrBytes] = entry;
  const bytes = Buffer.allocUnsafe(bodyBytes + qrBytes);
  readSync(fd, bytes, 0, bytes.length, offset);
  return { body: bytes.toString('utf8', 0, bodyBytes), qr: bytes.toString('utf8', bodyBytes) };
}
