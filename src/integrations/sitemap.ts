/**
 * Once Astro has written the pages: the sitemap of every page, rendered by
 * this build or kept from the last one, and the removal of pages the last
 * build wrote and this one no longer does (a withdrawn notice, a list page
 * too many), so that the output is what a build from scratch would write
 * (src/lib/buildState.ts).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageFile, previousState, readNext, recordedPages, STATE_DIR_ENV } from '../build/state.ts';
import { sitemapFiles } from '../formats/sitemap.ts';

/** Removes a page the previous build wrote and this one did not, and its folder once empty. */
async function removePage(out: string, pathname: string): Promise<void> {
  const file = pageFile(out, pathname);
  await rm(file, { force: true });
  for (let dir = dirname(file); dir.startsWith(out) && dir !== out; dir = dirname(dir)) {
    if (!existsSync(dir) || (await readdir(dir)).length) break;
    await rmdir(dir);
  }
}

export function sitemap(): AstroIntegration {
  let site: URL | string = '';
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const previous = previousState();
        const stateDir = process.env[STATE_DIR_ENV];
        const recorded = recordedPages(stateDir ? readNext(stateDir) : new Map());
        const pathnames = new Set(pages.map((page) => `/${page.pathname}`));
        for (const keys of Object.values(recorded))
          for (const pathname of Object.keys(keys)) pathnames.add(pathname);
        let removed = 0;
        for (const [route, before] of Object.entries(previous?.pages ?? {})) {
          const now = recorded[route] ?? {};
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
