/**
 * Each notice's contact card (.vcf), calendar (.ics) and data (.json), and
 * the data of all of them (/notices.json), written by src/cli/build.ts's
 * prework beside Astro's build, on the other core: they depend on nothing
 * but the notice files.
 *
 * As Astro routes they cost about 1.4 ms each, three per notice: most of
 * the build for a large archive; and /notices.json needs every notice's
 * whole data, which the content store no longer holds. The routes in
 * src/pages/ still serve them in `astro dev`; in a build they yield no pages.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { noticeCalendar } from '../formats/ical.ts';
import { sortNewestFirst } from '../notice/order.ts';
import { noticeRecord, type NoticeRecord } from '../formats/open-data.ts';
import { noticeVCard } from '../formats/vcard.ts';
import type { Notice } from '../schemas/notice.ts';

const EXTENSIONS = ['.vcf', '.ics', '.json'] as const;

const target = (out: string, id: string) => join(out, 'notices', id);

/** Whether the notice's three files are in `out`. */
export function hasNoticeFiles(out: string, id: string): boolean {
  return EXTENSIONS.every((extension) => existsSync(`${target(out, id)}${extension}`));
}

/** Writes the files of the notice `id`; returns its data file's JSON (its record, src/lib/openData.ts). */
export function writeNoticeFiles(out: string, site: URL | string, id: string, notice: Notice): string {
  const file = target(out, id);
  const record = JSON.stringify(noticeRecord(id, notice, site));
  // Synchronously, like every small file of the build: 30,000 asynchronous writes took 11 s here,
  // each open, write and close waiting in turn for Node's thread pool (and 10,000 asynchronous
  // reads 2.5 s against 0.36 s).
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.vcf`, noticeVCard(notice));
  writeFileSync(`${file}.ics`, noticeCalendar(id, notice));
  writeFileSync(`${file}.json`, record);
  return record;
}

/** The JSON of the record in the data file of the notice `id` already in `out`. */
export function readNoticeRecord(out: string, id: string): string {
  return readFileSync(`${target(out, id)}.json`, 'utf8');
}

export const NOTICE_LIST = 'notices.json';

/**
 * Writes /notices.json: the records (each as its notice's .json says it),
 * newest first (src/lib/notices.ts), in one array.
 */
export function writeNoticeList(out: string, records: readonly string[]): void {
  const sorted = sortNewestFirst(
    records.map((json) => {
      // Only what the order needs is kept of each record parsed.
      const { id, published, period } = JSON.parse(json) as NoticeRecord;
      return { id, data: { published, period: { start: period.start } }, json };
    }),
  );
  writeFileSync(join(out, NOTICE_LIST), `[${sorted.map((record) => record.json).join(',')}]`);
}

/** Deletes the files of a notice that is no longer there. */
export function removeNoticeFiles(out: string, id: string): void {
  for (const extension of EXTENSIONS) rmSync(`${target(out, id)}${extension}`, { force: true });
}
