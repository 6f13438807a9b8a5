import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { noticeVCard } from '../../lib/vcard.ts';

/** /notices/<slug>.vcf: the team as a contact card. */
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
  new Response(noticeVCard(props.notice.data), { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
