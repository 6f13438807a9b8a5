import type { APIRoute } from 'astro';
import { noticeFilePaths, type NoticeFileProps } from '../../integrations/dev-routes.ts';
import { noticeVCard } from '../../formats/vcard.ts';

/** /notices/<slug>.vcf: the team as a contact card. */
export const getStaticPaths = noticeFilePaths;

export const GET: APIRoute<NoticeFileProps> = ({ props }) =>
  new Response(noticeVCard(props.notice.data), { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
