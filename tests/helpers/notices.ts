import { readFileSync } from 'node:fs';
import { parseNoticeFile } from '../../src/lib/frontmatter.ts';

export const SEED_NOTICE = 'content/notices/2018-hebei-9-zhangjiakou.mdx';

/** A notice file's front-matter, read as the build reads it, and its body. */
export function readNotice(path: string): { data: Record<string, unknown>; body: string } {
  const { data, body } = parseNoticeFile(readFileSync(path, 'utf8'));
  return { data: data as Record<string, unknown>, body };
}
