/**
 * The notices as open data: each notice's front-matter as JSON, with its
 * address, and a JSON Schema generated from the zod schema itself, so the
 * published data and its description can never drift apart.
 */
import { z } from 'astro/zod';
import { noticeSchema, type Notice } from '../schemas/notice.ts';
import { noticeUrl } from '../notice/urls.ts';

/** A record of the open data: the notice's front-matter with its id and address. */
export function noticeRecordSchema() {
  return noticeSchema().extend({
    /** The notice's file name and the last part of its address. */
    id: z.string(),
    /** The notice page's address. */
    url: z.url(),
  });
}

export type NoticeRecord = z.output<ReturnType<typeof noticeRecordSchema>>;

export function noticeRecord(id: string, data: Notice, site: URL | string): NoticeRecord {
  return { id, url: noticeUrl(id, site), ...data };
}

/** The JSON Schema of one record, as published at /notices.schema.json. */
export function recordJsonSchema(site: URL | string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(noticeRecordSchema(), { io: 'output', target: 'draft-2020-12' }),
    $id: new URL('/notices.schema.json', site).href,
    title: '巡视巡察公告',
  };
}
