/**
 * check:content over a whole folder: every notice read as the build reads it
 * (notice-file.ts), the links between notices (inspections.ts), and the files the site would silently skip: any file
 * that is neither a notice nor a photo or attachment that a notice names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { assetPaths } from './notice-assets.ts';
import type { Linkable } from '../notice/inspection.ts';
import { listingOf } from '../schemas/notice.ts';
import { linkFileProblems } from './inspections.ts';
import { checkNotice, noticeId, type Problem } from './notice-file.ts';

/** The problems of every file in `folder` (and its subfolders), in path order, named relative to `root`. */
export function checkNoticeFolder(
  folder: string,
  root = process.cwd(),
): { files: number; problems: Problem[] } {
  const problems: Problem[] = [];
  const paths = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => resolve(join(entry.parentPath, entry.name)))
    .sort();
  const named = new Set<string>();
  let files = 0;
  const linkable: (Linkable & { file: string })[] = [];
  for (const path of paths.filter((path) => path.endsWith('.mdx'))) {
    files += 1;
    const { problems: found, content, notice } = checkNotice(readFileSync(path, 'utf8'), relative(root, path), {
      path,
      root,
    });
    problems.push(...found);
    if (notice) linkable.push({ id: noticeId(folder, path), file: relative(root, path), data: listingOf(notice.data) });
    for (const asset of content ? assetPaths(content, path) : []) named.add(asset);
  }
  for (const path of paths)
    if (!path.endsWith('.mdx') && !named.has(path))
      problems.push({
        file: relative(root, path),
        field: '',
        message: '不是 .mdx 文件，也没有公告引用它，网站不会发布它；公告应保存为 .mdx，照片和附件应由公告正文引用',
      });
  // Links between notices, once each notice is valid on its own.
  problems.push(...linkFileProblems(linkable));
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, problems };
}
