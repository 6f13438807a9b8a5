/** The sitemap of every page Astro wrote or kept in this build (formats/sitemap.ts). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapFiles } from '../formats/sitemap.ts';

export function sitemap(): AstroIntegration {
  let site: URL | string = '';
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, pages }) => {
        const out = fileURLToPath(dir);
        for (const [name, text] of sitemapFiles(
          pages.map((page) => `/${page.pathname}`),
          site,
        ))
          writeFileSync(join(out, name), text);
      },
    },
  };
}
