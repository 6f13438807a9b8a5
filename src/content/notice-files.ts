/**
 * Where notices are and what they are called: every .mdx file below the
 * notices folder, its id being its path without the extension. The content
 * loader and the build (src/lib/prework.ts) both list notices through here.
 */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface NoticeFile {
  id: string;
  path: string;
}

export function noticeId(base: string, path: string): string {
  return relative(base, path).replace(/\.mdx$/, '');
}

export async function listNoticeFiles(base: string): Promise<NoticeFile[]> {
  return (await readdir(base, { recursive: true }))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ id: noticeId(base, join(base, name)), path: join(base, name) }));
}
