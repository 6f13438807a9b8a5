import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { noticeCalendar } from '../../lib/ical.ts';

/** /notices/<slug>.ics: the inspection period as an all-day calendar event. */
export const getStaticPaths = (async () => {
  // Built by the notice-files integration in one pass; these routes serve `astro dev`.
  if (import.meta.env.PROD) return [];
  const notices = await getCollection('notices');
  return notices.map((notice) => ({
    params: { slug: notice.id },
    props: { notice },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ notice: CollectionEntry<'notices'> }> = ({ props }) =>
  new Response(noticeCalendar(props.notice.id, props.notice.data), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
