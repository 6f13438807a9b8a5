/**
 * The pack: what each notice's page shows besides the store's summary (its
 * data, rendered text and QR code, src/lib/noticePage.ts), made by the
 * build beside Astro (src/lib/prework.ts) and read by the notice page.
 *
 * One file of the notices' data, texts and QR codes end to end, and an
 * index with a line for each notice: where its parts are, and the digest
 * and address they were made for. A page whose notice is not in the pack,
 * or is there with another digest or address, makes its own.
 *
 * The pack is read while it is written: a notice's line is appended once
 * its parts are in the pack file, and the `end` file says no more lines
 * will come. A page waits for its notice's line, or for the end, so that
 * Astro renders notice pages as soon as the first are ready rather than
 * when the last is (in a cold build at 10,000 notices, Astro reached the
 * notice pages 4 s before the whole pack was there). Pages wait only in a
 * build that build.ts said makes a pack (PACK_ENV).
 *
 * Kept apart from the work that fills it, so that build.ts and the pages
 * load none of that work's libraries.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeJsonFile, type BuildState } from './state.ts';
import type { NoticePage } from './page-parts.ts';

/** Set by build.ts for Astro: the folder of the pack this build makes. */
export const PACK_ENV = 'NOTICE_BUILD_PACK';

const PACK = 'pack';
const INDEX = 'index.ndjson';
const END = 'end';
const NOTICES = 'notices.json';

/** A notice's line in the index: its id, digest and address, and the sizes of its data (JSON), text and QR code. */
type Line = [
  id: string,
  digest: string,
  url: string,
  offset: number,
  dataBytes: number,
  bodyBytes: number,
  qrBytes: number,
];

/** Writes a pack into `dir` (emptied first), a notice at a time; each is visible to readers once added. */
export class PackWriter {
  readonly #dir: string;
  readonly #pack: number;
  readonly #index: number;
  #offset = 0;
  #size = 0;

  constructor(dir: string) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    this.#dir = dir;
    this.#pack = openSync(join(dir, PACK), 'w');
    this.#index = openSync(join(dir, INDEX), 'w');
  }

  add(id: string, digest: string, url: string, { data, body, qr }: NoticePage): void {
    const parts = [JSON.stringify(data), body, qr].map((part) => Buffer.from(part));
    const bytes = Buffer.concat(parts);
    // The parts first: a reader that sees the line finds them whole.
    writeSync(this.#pack, bytes);
    const line: Line = [id, digest, url, this.#offset, parts[0]!.length, parts[1]!.length, parts[2]!.length];
    writeSync(this.#index, `${JSON.stringify(line)}\n`);
    this.#offset += bytes.length;
    this.#size += 1;
  }

  get size(): number {
    return this.#size;
  }

  /** Closes the pack: readers waiting for a notice not in it go on without. */
  finish(): void {
    closeSync(this.#pack);
    closeSync(this.#index);
    writeFileSync(join(this.#dir, END), '');
  }
}

/** Lets the pages that wait for the pack in `dir` go on without what it lacks, if it was not finished. */
export function abandonPack(dir: string): void {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, END))) writeFileSync(join(dir, END), '');
}

/** Beside the pack: every valid notice's digest and year, as the prework found them. */
export function writePackNotices(dir: string, notices: BuildState['notices']): void {
  writeJsonFile(join(dir, NOTICES), notices);
}

export function readPackNotices(dir: string): BuildState['notices'] | undefined {
  const file = join(dir, NOTICES);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildState['notices']) : undefined;
}

/** A pack as a page reads it: the lines read so far, and where to go on. */
class PackReader {
  readonly #dir: string;
  readonly lines = new Map<string, Line>();
  #index: number | undefined;
  #pack: number | undefined;
  #read = 0;
  /** The start of a line not yet whole. */
  #rest = Buffer.alloc(0);
  ended = false;

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** Reads the lines added since the last call. */
  catchUp(): void {
    if (this.#index === undefined) {
      // Not yet there: the prework has not started the pack.
      if (!existsSync(join(this.#dir, INDEX))) return;
      this.#index = openSync(join(this.#dir, INDEX), 'r');
      this.#pack = openSync(join(this.#dir, PACK), 'r');
    }
    const size = fstatSync(this.#index).size;
    if (size <= this.#read) return;
    const fresh = Buffer.allocUnsafe(size - this.#read);
    this.#read += readSync(this.#index, fresh, 0, fresh.length, this.#read);
    const bytes = Buffer.concat([this.#rest, fresh]);
    const whole = bytes.lastIndexOf(0x0a) + 1;
    for (const text of bytes.toString('utf8', 0, whole).split('\n'))
      if (text) {
        const line = JSON.parse(text) as Line;
        this.lines.set(line[0], line);
      }
    this.#rest = bytes.subarray(whole);
  }

  /** The parts of the notice on `line`. */
  parts(line: Line): NoticePage {
    const [, , , offset, dataBytes, bodyBytes, qrBytes] = line;
    const bytes = Buffer.allocUnsafe(dataBytes + bodyBytes + qrBytes);
    readSync(this.#pack!, bytes, 0, bytes.length, offset);
    return {
      data: JSON.parse(bytes.toString('utf8', 0, dataBytes)) as NoticePage['data'],
      body: bytes.toString('utf8', dataBytes, dataBytes + bodyBytes),
      qr: bytes.toString('utf8', dataBytes + bodyBytes),
    };
  }

  /** The line of the notice `id`, once the pack has it; undefined once the pack has ended without it. */
  async line(id: string): Promise<Line | undefined> {
    for (let waited = 0; ; waited += POLL_MS) {
      const line = this.lines.get(id);
      if (line || this.ended) return line;
      // Whether it had ended before the lines are read: then they are all there.
      const ended = existsSync(join(this.#dir, END));
      this.catchUp();
      if (ended || waited > PATIENCE_MS) this.ended = true;
      else if (!this.lines.has(id)) await sleep(POLL_MS);
    }
  }
}

/** How long a page waits for its notice before it makes its own text and QR code. */
const PATIENCE_MS = 120_000;
const POLL_MS = 20;
const readers = new Map<string, PackReader>();

/**
 * For the notice page: the notice's data, text and QR code from the pack,
 * when this build makes one and it holds this notice with this digest and
 * address.
 */
export async function packed(
  id: string,
  digest: string,
  url: string,
  dir = process.env[PACK_ENV],
): Promise<NoticePage | undefined> {
  if (!dir) return undefined;
  let reader = readers.get(dir);
  if (!reader) readers.set(dir, (reader = new PackReader(dir)));
  const line = await reader.line(id);
  if (!line || line[1] !== digest || line[2] !== url) return undefined;
  return reader.parts(line);
}
