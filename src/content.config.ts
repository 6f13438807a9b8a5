import { defineCollection } from 'astro:content';
import { noticeLoader } from './lib/noticeLoader.ts';
import { noticeSchema } from './schemas/notice.ts';

/**
 * Notices live in content/notices/ as MDX, one file each; the file name is
 * the page's address. NOTICES_DIR points the build elsewhere (benchmarks,
 * the test archive), never at a folder inside src/.
 */
const notices = defineCollection({
  loader: noticeLoader({ base: process.env['NOTICES_DIR'] ?? './content/notices' }),
  schema: noticeSchema(),
});

export const collections = { notices };
