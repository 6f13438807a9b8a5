import type { APIRoute } from 'astro';
import { noticeListPaths, type NoticeListProps } from '../integrations/dev-routes.ts';
import { sortNewestFirst } from '../notice/order.ts';
import { noticeRecord } from '../formats/open-data.ts';

/**
 * /notices.json: every notice's data, newest first; each item follows
 * /notices.schema.json. Served here in `astro dev`; a build writes the same
 * from the notices' own .json files (src/lib/noticeOutputs.ts).
 */
export const getStaticPaths = noticeListPaths;

export const GET: APIRoute<NoticeListProps> = ({ props, site }) =>
  Response.json(
    sortNewestFirst(props.notices).map((notice) => noticeRecord(notice.id, notice.data, site ?? '')),
  );
