import type { APIRoute } from 'astro';
import { noticeFilePaths, type NoticeFileProps } from '../../lib/noticeRoutes.ts';
import { noticeRecord } from '../../lib/openData.ts';

/** /notices/<slug>.json: one notice's data, following /notices.schema.json. */
export const getStaticPaths = noticeFilePaths;

export const GET: APIRoute<NoticeFileProps> = ({ props, site }) =>
  Response.json(noticeRecord(props.notice.id, props.notice.data, site ?? ''));
