/**
 * Once Astro has written the pages: each notice's contact card (.vcf),
 * calendar (.ics) and data (.json), the sitemap, and the build state the
 * next build starts from (src/lib/buildState.ts).
 *
 * The notice files are written here in one pass rather than as three Astro
 * routes per notice (about 1.4 ms each, most of the build for a large
 * archive). The routes in src/pages/notices/ still serve them in `astro dev`;
 * in a build they yield no pages. A notice whose file is unchanged since the
 * last build keeps its files; so do pages the build did not render again.
 * What the last build made and this one no longer does (a removed notice, a
 * list page too many) is deleted, so that the output is what a build from
 * scratch would write.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { yearOf } from '../lib/archive.ts';
import {
  noticeDigest,
  pageFile,
  PAGES_PREFIX,
  previousState,
  readNext,
  recordNext,
  STATE_DIR_ENV,
  type BuildState,
} from '../lib/buildState.ts';
import { parseNoticeFile } from '../lib/frontmatter.ts';
import { noticeCalendar } from '../lib/ical.ts';
import { listNoticeFiles } from '../lib/noticeFiles.ts';
import { noticeRecord } from '../lib/openData.ts';
import { sitemapFiles } from '../lib/sitemap.ts';
import { noticeVCard } from '../lib/vcard.ts';
import { noticeSchema } from '../schemas/notice.ts';

const EXTENSIONS = ['.vcf', '.ics', '.json'] as const;

/**
 * Writes the .vcf, .ics and .json of every notice that changed since the
 * previous build (all of them without one); deletes those of removed notices.
 * Returns every notice's digest and year, and how many were written.
 */
async function writeNoticeFiles(
  base: string,
  out: string,
  site: URL | string,
  previous: BuildState | undefined,
): Promise<{ notices: BuildState['notices']; written: number }> {
  const schema = noticeSchema();
  const files = await listNoticeFiles(base);
  const notices: BuildState['notices'] = {};
  let written = 0;
  // Synchronously, like every small file of the build: 30,000 asynchronous writes took 11 s here,
  // each open, write and close waiting in turn for Node's thread pool (src/lib/noticeBodies.ts).
  const write = ({ id, path }: { id: string; path: string }) => {
    // Synchronously: see src/lib/noticeBodies.ts.
    const source = readFileSync(path, 'utf8');
    const digest = noticeDigest(source);
    const target = join(out, 'notices', id);
    const before = previous?.notices[id];
    if (before?.digest === digest && EXTENSIONS.every((extension) => existsSync(`${target}${extension}`))) {
      notices[id] = before;
      return;
    }
    // The build has validated every notice already; parse() only shapes the data.
    const notice = schema.parse(parseNoticeFile(source).data);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.vcf`, noticeVCard(notice));
    writeFileSync(`${target}.ics`, noticeCalendar(id, notice));
    writeFileSync(`${target}.json`, JSON.stringify(noticeRecord(id, notice, site)));
    notices[id] = { digest, year: yearOf({ data: notice }) };
    written++;
  };
  for (const file of files) write(file);
  for (const id of Object.keys(previous?.notices ?? {}))
    if (!notices[id])
      for (const extension of EXTENSIONS) rmSync(join(out, 'notices', `${id}${extension}`), { force: true });
  return { notices, written };
}

/** Removes a page the previous build wrote and this one did not, and its folder once empty. */
async function removePage(out: string, pathname: string): Promise<void> {
  const file = pageFile(out, pathname);
  await rm(file, { force: true });
  for (let dir = dirname(file); dir.startsWith(out) && dir !== out; dir = dirname(dir)) {
    if (!existsSync(dir) || (await readdir(dir)).length) break;
    await rmdir(dir);
  }
}

export function noticeOutputs(options: { base: string }): AstroIntegration {
  let root = '';
  let site: URL | string = '';
  return {
    name: 'notice-outputs',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const previous = previousState();
        const { notices, written } = await writeNoticeFiles(resolve(root, options.base), out, site, previous);
        recordNext('notices', notices);
        logger.info(
          `${Object.keys(notices).length} 份公告，${written} 份的联系人、日历和数据文件已写入（其余未改动）`,
        );

        // Pages this build rendered, and those it kept from the previous build.
        const stateDir = process.env[STATE_DIR_ENV];
        const next = stateDir ? readNext(stateDir) : new Map<string, unknown>();
        const pathnames = new Set(pages.map((page) => `/${page.pathname}`));
        for (const [name, keys] of next)
          if (name.startsWith(PAGES_PREFIX))
            for (const pathname of Object.keys(keys as Record<string, string>)) pathnames.add(pathname);
        let removed = 0;
        for (const [route, before] of Object.entries(previous?.pages ?? {})) {
          const now = (next.get(`${PAGES_PREFIX}${route}`) ?? {}) as Record<string, string>;
          for (const pathname of Object.keys(before))
            if (!(pathname in now)) {
              await removePage(out, pathname);
              removed++;
            }
        }
        if (removed) logger.info(`删除了 ${removed} 个已不存在的页面`);

        for (const [name, text] of sitemapFiles([...pathnames], site)) writeFileSync(join(out, name), text);
      },
    },
  };
}
