/**
 * Paths shared by the routes that serve a notice's files in `astro dev`
 * (.vcf, .ics, .json). In a build the prework writes those files beside
 * Astro (src/lib/prework.ts), so the routes yield no pages there.
 */
import type { GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';

export interface NoticeFileProps {
  notice: CollectionEntry<'notices'>;
}

export const noticeFilePaths = (async () => {
  if (import.meta.env.PROD) return [];
  const notices = await getCollection('notices');
  return notices.map((notice) => ({ params: { slug: notice.id }, props: { notice } }));
}) satisfies GetStaticPaths;
