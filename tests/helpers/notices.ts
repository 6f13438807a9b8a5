import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const SEED_NOTICE = 'content/notices/2018-hebei-9-zhangjiakou.mdx';

/** Splits an MDX notice into its front-matter (parsed, dates kept as written) and its body. */
export function readNotice(path: string): { data: Record<string, unknown>; body: string } {
  const source = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error(`${path} has no front-matter`);
  return { data: parse(match[1] ?? '') as Record<string, unknown>, body: source.slice(match[0].length) };
}
