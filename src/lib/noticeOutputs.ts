/**
 * Each notice's contact card (.vcf), calendar (.ics) and data (.json),
 * written by src/cli/build.ts beside Astro's build, on the other core: they
 * depend on nothing but the notice file.
 *
 * As Astro routes they cost about 1.4 ms each, three per notice: most of
 * the build for a large archive. The routes in src/pages/notices/ still
 * serve them in `astro dev`; in a build they yield no pages.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseNoticeFile } from './frontmatter.ts';
import { noticeCalendar } from './ical.ts';
import { noticeRecord } from './openData.ts';
import { noticeVCard } from './vcard.ts';
import { noticeSchema, type Notice } from '../schemas/notice.ts';

const EXTENSIONS = ['.vcf', '.ics', '.json'] as const;

const target = (out: string, id: string) => join(out, 'notices', id);

/** Whether the notice's three files are in `out`. */
export function hasNoticeFiles(out: string, id: string): boolean {
  return EXTENSIONS.every((extension) => existsSync(`${target(out, id)}${extension}`));
}

let schema: ReturnType<typeof noticeSchema> | undefined;

/**
 * The data of the notice file that says `source`, or undefined when it is
 * not a valid notice: Astro's build, running meanwhile, refuses it and says why.
 */
export function parseNotice(source: string): Notice | undefined {
  schema ??= noticeSchema();
  try {
    const notice = schema.safeParse(parseNoticeFile(source).data);
    return notice.success ? notice.data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the files of the notice `id`. */
export function writeNoticeFiles(out: string, site: URL | string, id: string, notice: Notice): void {
  const file = target(out, id);
  // Synchronously, like every small file of the build: 30,000 asynchronous writes took 11 s here,
  // each open, write and close waiting in turn for Node's thread pool (and 10,000 asynchronous
  // reads 2.5 s against 0.36 s).
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.vcf`, noticeVCard(notice));
  writeFileSync(`${file}.ics`, noticeCalendar(id, notice));
  writeFileSync(`${file}.json`, JSON.stringify(noticeRecord(id, notice, site)));
}

/** Deletes the files of a notice that is no longer there. */
export function removeNoticeFiles(out: string, id: string): void {
  for (const extension of EXTENSIONS) rmSync(`${target(out, id)}${extension}`, { force: true });
}
