/**
 * Checking every notice without building the site: the same schema and the
 * same YAML reading as the build, plus what only a whole folder shows
 * (file names that become addresses, files the site would silently skip).
 * Every problem in every file is reported, not only the first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { noticeSchema } from '../schemas/notice.ts';
import { FrontmatterError, parseNoticeFile } from './frontmatter.ts';
import { mdxHazards } from './mdx-text.ts';

export interface Problem {
  file: string;
  /** The field path, "period.end"; empty for the file as a whole. */
  field: string;
  message: string;
}

/** File names become page addresses, so they stay plain: /notices/2018-hebei-9-zhangjiakou/. */
const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** The problems of one notice file's text. */
export function checkNoticeSource(file: string, source: string): Problem[] {
  let parsed;
  try {
    parsed = parseNoticeFile(source);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    const where = error.line ? `第 ${error.line} 行：` : '';
    return [{ file, field: '', message: `${where}${error.message}` }];
  }
  const problems: Problem[] = [];
  const result = noticeSchema().safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push({ file, field: issue.path.join('.'), message: issue.message });
  }
  for (const hazard of mdxHazards(parsed.body, parsed.bodyLine))
    problems.push({ file, field: '正文', message: hazard });
  if (parsed.body.trim() === '')
    problems.push({ file, field: '正文', message: '没有公告正文，应在前置信息之后写上公告全文' });
  return problems;
}

/** The problems of every notice in `folder` (and its subfolders), in file-name order. */
export function checkNoticeFolder(
  folder: string,
  root = process.cwd(),
): { files: number; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  let files = 0;
  for (const path of entries) {
    const file = relative(root, path);
    if (!path.endsWith('.mdx')) {
      problems.push({ file, field: '', message: '不是 .mdx 文件，网站不会发布它；公告应保存为 .mdx' });
      continue;
    }
    files += 1;
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (!FILE_NAME.test(name)) {
      problems.push({
        file,
        field: '',
        message: `文件名 "${name}" 会成为网址，应只用小写字母、数字和连字符，如 "2018-hebei-9-zhangjiakou.mdx"`,
      });
    }
    problems.push(...checkNoticeSource(file, readFileSync(path, 'utf8')));
  }
  return { files, problems };
}

export function formatProblem(problem: Problem): string {
  return problem.field
    ? `${problem.file}  ${problem.field}：${problem.message}`
    : `${problem.file}  ${problem.message}`;
}
