import { defineCollection } from 'astro:content';
import { NOTICES_DIR } from './consts.ts';
import { noticeLoader } from './content/loader.ts';
import { noticeListingSchema } from './schemas/notice.ts';

/**
 * Notices live in content/notices/ as MDX, one file each; the file name is
 * the page's address. NOTICES_DIR points the build elsewhere (benchmarks,
 * the test archive), never at a folder inside src/.
 *
 * The loader validates each file against the whole notice schema and keeps
 * its listing in the store: the entries' data is a NoticeListing.
 */
const notices = defineCollection({
  loader: noticeLoader({ base: NOTICES_DIR }),
  schema: noticeListingSchema(),
});

export const collections = { notices };
