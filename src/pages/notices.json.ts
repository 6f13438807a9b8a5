import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortNewestFirst } from '../lib/notices.ts';
import { noticeRecord } from '../lib/openData.ts';

/** Every notice's data, newest first; each item follows /notices.schema.json. */
export const GET: APIRoute = async ({ site }) => {
  const notices = sortNewestFirst(await getCollection('notices'));
  return Response.json(notices.map((notice) => noticeRecord(notice.id, notice.data, site ?? '')));
};
