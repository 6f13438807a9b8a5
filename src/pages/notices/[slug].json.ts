import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { noticeRecord } from '../../lib/openData.ts';

/** /notices/<slug>.json: one notice's data, following /notices.schema.json. */
export const getStaticPaths = (async () => {
  // Built by the notice-files integration in one pass; these routes serve `astro dev`.
  if (import.meta.env.PROD) return [];
  const notices = await getCollection('notices');
  return notices.map((notice) => ({
    params: { slug: notice.id },
    props: { notice },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ notice: CollectionEntry<'notices'> }> = ({ props, site }) =>
  Response.json(noticeRecord(props.notice.id, props.notice.data, site ?? ''));
