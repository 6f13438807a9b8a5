import { defineCollection } from 'astro:content';
import { NOTICES_DIR } from './consts.ts';
import { noticeLoader } from './lib/noticeLoader.ts';
import { noticeSchema } from './schemas/notice.ts';

/**
 * Notices live in content/notices/ as MDX, one file each; the file name is
 * the page's address. NOTICES_DIR points the build elsewhere (benchmarks,
 * the test archive), never at a folder inside src/.
 */
const notices = defineCollection({
  loader: noticeLoader({ base: NOTICES_DIR }),
  schema: noticeSchema(),
});

export const collections = { notices };
