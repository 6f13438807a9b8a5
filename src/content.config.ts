import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { noticeSchema } from './schemas/notice.ts';

/**
 * Notices live in content/notices/ as MDX, one file each; the file name is
 * the page's address. NOTICES_DIR points the build elsewhere (benchmarks,
 * tests), never at a folder inside src/.
 */
const notices = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: process.env['NOTICES_DIR'] ?? './content/notices' }),
  schema: noticeSchema(),
});

export const collections = { notices };
