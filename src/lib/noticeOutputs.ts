/**
 * Each notice's contact card (.vcf), calendar (.ics) and data (.json),
 * written by src/cli/build.ts once Astro has exited, while the search index
 * is built on the other core.
 *
 * As Astro routes they cost about 1.4 ms each, three per notice: most of
 * the build for a large archive. The routes in src/pages/notices/ still
 * serve them in `astro dev`; in a build they yield no pages. A notice whose
 * file is unchanged since the last build keeps its files; a removed one's
 * are deleted.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import type { BuildState } from './buildState.ts';
import { parseNoticeFile } from './frontmatter.ts';
import { noticeCalendar } from './ical.ts';
import { listNoticeFiles } from './noticeFiles.ts';
import { noticeRecord } from './openData.ts';
import { noticeVCard } from './vcard.ts';
import { noticeSchema } from '../schemas/notice.ts';

const EXTENSIONS = ['.vcf', '.ics', '.json'] as const;

/**
 * Writes the files of every notice in `notices` (this build's, by id) whose
 * digest differs from the previous build's or whose files are missing, and
 * deletes those of notices no longer there. Returns how many were written.
 */
export async function writeNoticeFiles(
  base: string,
  out: string,
  site: URL | string,
  notices: BuildState['notices'],
  previous: BuildState['notices'] = {},
): Promise<number> {
  const schema = noticeSchema();
  let written = 0;
  for (const [index, { id, path }] of (await listNoticeFiles(base)).entries()) {
    const target = join(out, 'notices', id);
    const digest = notices[id]?.digest;
    if (
      digest &&
      previous[id]?.digest === digest &&
      EXTENSIONS.every((extension) => existsSync(`${target}${extension}`))
    )
      continue;
    // The build has validated every notice already; parse() only shapes the data.
    const notice = schema.parse(parseNoticeFile(readFileSync(path, 'utf8')).data);
    // Synchronously, like every small file of the build: 30,000 asynchronous writes took 11 s here,
    // each open, write and close waiting in turn for Node's thread pool (src/lib/noticeBodies.ts).
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.vcf`, noticeVCard(notice));
    writeFileSync(`${target}.ics`, noticeCalendar(id, notice));
    writeFileSync(`${target}.json`, JSON.stringify(noticeRecord(id, notice, site)));
    written++;
    // Let the search workers' messages through now and then.
    if (index % 200 === 199) await setImmediate();
  }
  for (const id of Object.keys(previous))
    if (!notices[id])
      for (const extension of EXTENSIONS) rmSync(join(out, 'notices', `${id}${extension}`), { force: true });
  return written;
}
