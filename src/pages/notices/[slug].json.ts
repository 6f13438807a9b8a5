import type { APIRoute } from 'astro';
import { noticeFilePaths, type NoticeFileProps } from '../../integrations/dev-routes.ts';
import { noticeRecord } from '../../formats/open-data.ts';

/** /notices/<slug>.json: one notice's data, following /notices.schema.json. */
export const getStaticPaths = noticeFilePaths;

export const GET: APIRoute<NoticeFileProps> = ({ props, site }) =>
  Response.json(noticeRecord(props.notice.id, props.notice.data, site ?? ''));
