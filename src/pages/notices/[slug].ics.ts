import type { APIRoute } from 'astro';
import { noticeCalendar } from '../../formats/ical.ts';
import { noticeFilePaths, type NoticeFileProps } from '../../integrations/dev-routes.ts';

/** /notices/<slug>.ics: the inspection period as an all-day calendar event. */
export const getStaticPaths = noticeFilePaths;

export const GET: APIRoute<NoticeFileProps> = ({ props }) =>
  new Response(noticeCalendar(props.notice.id, props.notice.data), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
