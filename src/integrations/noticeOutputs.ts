/**
 * Writes each notice's contact card (.vcf), calendar (.ics) and data
 * (.json) once the site is built, in one pass over the notices. As Astro
 * routes they cost about 1.4 ms each, three per notice: most of the build
 * for a large archive. The routes in src/pages/notices/ still serve them in
 * `astro dev`; in a build they yield no pages and this writes the files,
 * from the same parsing, schema and generators.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseNoticeFile } from '../lib/frontmatter.ts';
import { noticeCalendar } from '../lib/ical.ts';
import { listNoticeFiles } from '../lib/noticeFiles.ts';
import { noticeRecord } from '../lib/openData.ts';
import { noticeVCard } from '../lib/vcard.ts';
import { noticeSchema } from '../schemas/notice.ts';

/** Writes every notice's .vcf, .ics and .json into the built site; returns how many notices. */
async function writeNoticeFiles(base: string, dir: URL, site: URL | string): Promise<number> {
  const out = fileURLToPath(dir);
  const schema = noticeSchema();
  const files = await listNoticeFiles(base);
  const write = async ({ id, path }: { id: string; path: string }) => {
    // The build has validated every notice already; parse() only shapes the data.
    const notice = schema.parse(parseNoticeFile(await readFile(path, 'utf8')).data);
    const target = join(out, 'notices', id);
    await mkdir(dirname(target), { recursive: true });
    await Promise.all([
      writeFile(`${target}.vcf`, noticeVCard(notice)),
      writeFile(`${target}.ics`, noticeCalendar(id, notice)),
      writeFile(`${target}.json`, JSON.stringify(noticeRecord(id, notice, site))),
    ]);
  };
  for (let start = 0; start < files.length; start += 32)
    await Promise.all(files.slice(start, start + 32).map(write));
  return files.length;
}

/** After the build: the notices' files. (The search index follows, in src/cli/build.ts.) */
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
      'astro:build:done': async ({ dir, logger }) => {
        const files = await writeNoticeFiles(resolve(root, options.base), dir, site);
        logger.info(`${files} 份公告的联系人、日历和数据文件已写入`);
      },
    },
  };
}
