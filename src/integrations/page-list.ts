/**
 * Tells build/run.ts every page Astro wrote or kept in this build, so that
 * the pages of the last build that are gone can be removed.
 */
import type { AstroIntegration } from 'astro';
import { PAGES_ENV } from '../build/env.ts';
import { writeJsonFile } from '../util/json-file.ts';

export function pageList(): AstroIntegration {
  return {
    name: 'page-list',
    hooks: {
      'astro:build:done': ({ pages }) => {
        const file = process.env[PAGES_ENV];
        if (file) writeJsonFile(file, pages.map((page) => `/${page.pathname}`).sort());
      },
    },
  };
}
