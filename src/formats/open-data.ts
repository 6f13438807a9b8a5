/**
 * The notices as open data: each notice's front-matter as JSON, with its
 * address, and a JSON Schema generated from the zod schema itself, so the
 * published data and its description can never drift apart.
 */
import { z } from 'astro/zod';
import { noticeSchema, type Notice } from '../schemas/notice.ts';
import { lastUpdated } from '../notice/corrections.ts';
import { noticeUrl } from '../notice/urls.ts';

/** What a notice's text publishes besides words: its photos and its attachments. */
function publishedFilesSchema() {
  return z.object({
    /** The photos of its text, as a reader who cannot see them is told of them. */
    photos: z
      .array(z.object({ alt: z.string(), caption: z.string().optional() }))
      .optional()
      .describe('正文中的照片：替代文字和说明'),
    /** The files published with it. */
    attachments: z
      .array(
        z.object({
          title: z.string().describe('附件名称'),
          url: z.url().describe('附件的网址'),
          type: z.string().describe('附件类型，如 PDF'),
          bytes: z.number().int().nonnegative().describe('附件大小（字节）'),
        }),
      )
      .optional()
      .describe('随公告发布的附件'),
  });
}

export type PublishedFiles = z.output<ReturnType<typeof publishedFilesSchema>>;

/** What a record adds to a notice's front-matter, whatever its kind. */
function recordShape() {
  return {
    /** The notice's file name and the last part of its address. */
    id: z.string(),
    /** The notice page's address. */
    url: z.url(),
    /** The inspection it belongs to: its arrival's id (an arrival's own id; a lone notice's own). */
    inspection: z.string().describe('所属巡视：进驻公告的编号；同一次巡视的各份公告相同'),
    /** The day of its latest correction, when it has any. */
    updated: z.string().optional().describe('最近一次更正的日期（YYYY-MM-DD）'),
    ...publishedFilesSchema().shape,
  };
}

/** A record of the open data: the notice's front-matter with its id, address and inspection, and the files its text publishes. */
export function noticeRecordSchema() {
  const [arrival, review, feedback, rectification, withdrawal] = noticeSchema().options;
  const extra = recordShape();
  return z.discriminatedUnion('kind', [
    arrival.extend({ ...extra, kind: z.literal('arrival') }),
    review.extend(extra),
    feedback.extend(extra),
    rectification.extend(extra),
    withdrawal.extend(extra),
  ]);
}

export type NoticeRecord = z.output<ReturnType<typeof noticeRecordSchema>>;

/** The record of the notice `id`; `files` only when its text holds photos or attachments. */
export function noticeRecord(
  id: string,
  data: Notice,
  site: URL | string,
  files: PublishedFiles = {},
): NoticeRecord {
  const updated = lastUpdated(data);
  return {
    id,
    url: noticeUrl(id, site),
    ...data,
    inspection: data.inspection ?? id,
    ...(updated ? { updated } : {}),
    ...(files.photos?.length ? { photos: files.photos } : {}),
    ...(files.attachments?.length ? { attachments: files.attachments } : {}),
  };
}

/** The JSON Schema of one record, as published at /notices.schema.json. */
export function recordJsonSchema(site: URL | string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(noticeRecordSchema(), { io: 'output', target: 'draft-2020-12' }),
    $id: new URL('/notices.schema.json', site).href,
    title: '巡视巡察公告',
  };
}
