/**
 * The notices as open data: each notice's front-matter as JSON, with its
 * address, and a JSON Schema generated from the zod schema itself, so the
 * published data and its description can never drift apart.
 */
import { z } from 'astro/zod';
import { noticeSchema, type Notice } from '../schemas/notice.ts';
import { noticePath } from '../notice/archive.ts';

export interface NoticeRecord extends Notice {
  id: string;
  url: string;
}

export function noticeRecord(id: string, data: Notice, site: URL | string): NoticeRecord {
  return { id, url: new URL(noticePath(id), site).href, ...data };
}

/** The JSON Schema of one record, as published at /notices.schema.json. */
export function recordJsonSchema(site: URL | string): Record<string, unknown> {
  const record = noticeSchema().extend({
    /** The notice's file name and the last part of its address. */
    id: z.string(),
    /** The notice page's address. */
    url: z.url(),
  });
  return {
    ...z.toJSONSchema(record, { io: 'output', target: 'draft-2020-12' }),
    $id: new URL('/notices.schema.json', site).href,
    title: '巡视巡察公告',
  };
}
