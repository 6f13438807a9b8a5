/**
 * The notices' text and QR codes, made ahead of Astro's render on the
 * build's other core, and the notices' own files.
 *
 * Astro renders pages on one core. While it starts and loads the content
 * (about 5 s at 10,000 notices), a process of build.ts's
 * (src/cli/prework.ts) renders each notice's text (src/lib/noticeText.ts)
 * and the QR code of its address (src/lib/qr.ts) into a pack beside the
 * build state; the notice page takes them from there instead of making them
 * itself (at 10,000 notices, about 3 s of the text and 4 s of QR codes in a
 * CPU profile of the render). Then it writes the notices' .vcf, .ics and
 * .json, which depend on nothing Astro makes.
 *
 * The pack is made by the same functions the page would call, so a page is
 * the same either way: a page whose notice is not in the pack, or is there
 * with another digest or address, makes its own. The index is written last,
 * through a temporary file: a page sees no pack or a whole one. Pages wait
 * for it only in a build that build.ts said makes one.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { noticeUrl } from './archive.ts';
import { noticeDigest, type BuildState } from './buildState.ts';
import { listNoticeFiles } from './noticeFiles.ts';
import { hasNoticeFiles, removeNoticeFiles, writeNoticeFiles } from './noticeOutputs.ts';
import { renderNoticeBody } from './noticeText.ts';
import { qrSvg } from './qr.ts';

/** Set by build.ts for Astro: the folder of the pack this build makes. */
export const PREWORK_ENV = 'NOTICE_BUILD_PREWORK';

const PACK = 'pack';
const INDEX = 'index.json';

/** A notice's entry in the index: its digest, its address, and where its text and QR code are in the pack. */
type Entry = [digest: string, url: string, offset: number, bodyBytes: number, qrBytes: number];

export interface PrepareOptions {
  /** The notices folder. */
  base: string;
  /** The output folder, emptied or kept by build.ts. */
  outDir: string;
  site: URL | string;
  /** Where the pack goes (emptied first). */
  dir: string;
  /** The last build's notices, when this build keeps its output: only the others are redone. */
  previous?: BuildState['notices'] | undefined;
}

/**
 * The build's work on the notices beside Astro: first the pack, with the
 * text and QR code of every notice whose page will be rendered (one that is
 * new or changed since `previous`), in the order Astro renders them; then
 * the notices' own files (src/lib/noticeOutputs.ts), for the same notices and
 * any whose files are missing, and the files of notices no longer there are
 * deleted. Files are read one at a time and twice rather than held: this
 * runs while Astro holds the most memory. On any error an empty index is
 * written, so that pages waiting for it make their own, and the error is thrown.
 */
export async function prepareNotices({ base, outDir, site, dir, previous }: PrepareOptions) {
  const files = await listNoticeFiles(base);
  const digests = new Map<string, string>();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const index: Record<string, Entry> = {};
  const fd = openSync(join(dir, PACK), 'w');
  try {
    let offset = 0;
    for (const { id, path } of files) {
      // Synchronously, as every small file of the build (src/lib/noticeOutputs.ts).
      const source = readFileSync(path, 'utf8');
      const digest = noticeDigest(source);
      digests.set(id, digest);
      if (previous?.[id]?.digest === digest) continue;
      const url = noticeUrl(id, site);
      const body = Buffer.from(await renderNoticeBody(source, path));
      const qr = Buffer.from(await qrSvg(url));
      writeSync(fd, body);
      writeSync(fd, qr);
      index[id] = [digest, url, offset, body.length, qr.length];
      offset += body.length + qr.length;
    }
  } catch (error) {
    writeIndex(dir, {});
    throw error;
  } finally {
    closeSync(fd);
  }
  writeIndex(dir, index);
  const rendered = Object.keys(index).length;

  let written = 0;
  for (const { id, path } of files) {
    const unchanged = previous?.[id]?.digest === digests.get(id);
    if (
      !(unchanged && hasNoticeFiles(outDir, id)) &&
      writeNoticeFiles(outDir, site, id, readFileSync(path, 'utf8'))
    )
      written++;
  }
  for (const id of Object.keys(previous ?? {})) if (!digests.has(id)) removeNoticeFiles(outDir, id);
  return { notices: files.length, rendered, written };
}

/** Lets the pages that wait for the pack in `dir` go on without it, if it was not finished. */
export function abandonPack(dir: string): void {
  if (existsSync(join(dir, INDEX))) return;
  mkdirSync(dir, { recursive: true });
  writeIndex(dir, {});
}

function writeIndex(dir: string, index: Record<string, Entry>): void {
  writeFileSync(join(dir, `${INDEX}.tmp`), JSON.stringify(index));
  renameSync(join(dir, `${INDEX}.tmp`), join(dir, INDEX));
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
export async function preworked(
  id: string,
  digest: string,
  url: string,
  dir = process.env[PREWORK_ENV],
): Promise<{ body: string; qr: string } | undefined> {
  if (!dir) return undefined;
  const { index, fd } = await openPack(dir);
  const entry = index[id];
  if (fd === undefined || !entry || entry[0] !== digest || entry[1] !== url) return undefined;
  const [, , offset, bodyBytes, qrBytes] = entry;
  const bytes = Buffer.allocUnsafe(bodyBytes + qrBytes);
  readSync(fd, bytes, 0, bytes.length, offset);
  return {
    body: bytes.toString('utf8', 0, bodyBytes),
    qr: bytes.toString('utf8', bodyBytes),
  };
}
