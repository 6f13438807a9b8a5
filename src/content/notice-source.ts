/**
 * Reading one notice file as the build does: its YAML front-matter
 * validated by the notice schema, and its body, which must be text only.
 * The content loader, the build's prework and the notice page (when it
 * has nothing made ahead) all read notices through here, so each sees the
 * same data and refuses the same files with the same message.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { noticeSchema, type Notice } from '../schemas/notice.ts';
import { FrontmatterError, parseNoticeFile } from './frontmatter.ts';
import { mdxHazards } from './mdx-text.ts';

/** A notice file the site cannot publish; the message names the file and says what is wrong and what is expected. */
export class NoticeError extends Error {
  override name = 'NoticeError';
}

export interface NoticeSource {
  data: Notice;
  /** The MDX text after the front-matter. */
  body: string;
}

let schema: ReturnType<typeof noticeSchema> | undefined;

/**
 * The data and body of the notice file at `filePath` (as it is to be
 * named in messages) that says `source`. Throws a NoticeError naming the
 * file and, for each problem, the field with what it holds and what it
 * should hold (the schema's messages say both).
 */
export function readNoticeSource(source: string, filePath: string): NoticeSource {
  let parsed;
  try {
    parsed = parseNoticeFile(source);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    throw new NoticeError(`${filePath}${error.line ? ` 第 ${error.line} 行` : ''}：${error.message}`);
  }
  const hazards = mdxHazards(parsed.body, parsed.bodyLine);
  if (hazards.length) throw new NoticeError(`${filePath}：${hazards.join('；')}。公告正文只能是文字`);
  schema ??= noticeSchema();
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
    );
    throw new NoticeError(`${filePath}：前置信息有 ${problems.length} 处不符合要求\n${problems.join('\n')}`);
  }
  return { data: result.data, body: parsed.body };
}

/**
 * The notice file of a content entry, whose path relative to `root` the
 * store gives: where it is, what it says, and its data and body as
 * readNoticeSource gives them (the file named as the store names it).
 */
export function readEntryNotice(
  entry: { id: string; filePath?: string | undefined },
  root = process.cwd(),
): NoticeSource & { path: string; source: string } {
  if (!entry.filePath) throw new Error(`公告 ${entry.id} 没有文件路径`);
  const path = resolve(root, entry.filePath);
  // Synchronously: a small file, read while the build writes pages.
  const source = readFileSync(path, 'utf8');
  return { ...readNoticeSource(source, entry.filePath), path, source };
}
