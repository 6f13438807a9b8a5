import type { APIRoute } from 'astro';
import { noticeFilePaths, type NoticeFileProps } from '../../lib/noticeRoutes.ts';
import { noticeVCard } from '../../lib/vcard.ts';

/** /notices/<slug>.vcf: the team as a contact card. */
export const getStaticPaths = noticeFilePaths;

export const GET: APIRoute<NoticeFileProps> = ({ props }) =>
  new Response(noticeVCard(props.notice.data), { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
