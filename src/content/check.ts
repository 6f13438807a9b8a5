/**
 * check:content over a whole folder: every notice read as the build reads it
 * (notice-file.ts), and the files the site would silently skip.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkNotice, type Problem } from './notice-file.ts';

/** The problems of every file in `folder` (and its subfolders), in path order, named relative to `root`. */
export function checkNoticeFolder(
  folder: string,
  root = process.cwd(),
): { files: number; problems: Problem[] } {
  const problems: Problem[] = [];
  const paths = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  let files = 0;
  for (const path of paths) {
    const file = relative(root, path);
    if (!path.endsWith('.mdx')) {
      problems.push({ file, field: '', message: '不是 .mdx 文件，网站不会发布它；公告应保存为 .mdx' });
      continue;
    }
    files += 1;
    problems.push(...checkNotice(readFileSync(path, 'utf8'), file).problems);
  }
  return { files, problems };
}
