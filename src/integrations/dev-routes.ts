/**
 * Paths shared by the routes that serve, in `astro dev`, what a build's
 * prework writes beside Astro (src/lib/prework.ts): each notice's .vcf,
 * .ics and .json, and /notices.json. In a build they yield no pages.
 */
import type { GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Notice } from '../schemas/notice.ts';
import { readEntryNotice } from '../content/notice-file.ts';

export interface WholeNotice {
  id: string;
  data: Notice;
}

/** Every notice in full, read from its file: the content store holds their summaries. */
async function wholeNotices(): Promise<WholeNotice[]> {
  return (await getCollection('notices')).map((entry) => ({
    id: entry.id,
    data: readEntryNotice(entry).data,
  }));
}

export interface NoticeFileProps {
  notice: WholeNotice;
}

export const noticeFilePaths = (async () => {
  if (import.meta.env.PROD) return [];
  return (await wholeNotices()).map((notice) => ({ params: { slug: notice.id }, props: { notice } }));
}) satisfies GetStaticPaths;

export interface NoticeListProps {
  notices: WholeNotice[];
}

/** The one path of the notice list's route: /notices.json. */
export const noticeListPaths = (async () => {
  if (import.meta.env.PROD) return [];
  return [{ params: { list: 'notices' }, props: { notices: await wholeNotices() } }];
}) satisfies GetStaticPaths;
