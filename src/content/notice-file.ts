/**
 * Reading a notice's source file: the one reader for the content loader, the
 * build, the dev server, check:content and the importer, and the one way its
 * problems are written out, so that none of them can accept what another refuses.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { correctionProblems } from '../notice/corrections.ts';
import { noticeSchema, type Notice } from '../schemas/notice.ts';
import { readBody, type BodyContent } from './mdx-body.ts';
import { assetProblems } from './notice-assets.ts';

/** A notice source file below the notices folder; its id (the path without .mdx) is its page's address. */
export interface NoticeSource {
  id: string;
  path: string;
}

export function noticeId(base: string, path: string): string {
  return relative(base, path).replace(/\.mdx$/, '');
}

/** Every .mdx file below `base`, in id order. */
export async function listNoticeSources(base: string): Promise<NoticeSource[]> {
  return (await readdir(base, { recursive: true }))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ id: noticeId(base, join(base, name)), path: join(base, name) }));
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A source file split as Astro splits it: YAML front-matter (js-yaml's default schema) and the MDX body. */
export interface ParsedNotice {
  /** The front-matter as YAML reads it, before any check: an unquoted date is already a Date here. */
  data: unknown;
  body: string;
  /** The line of the file on which the body begins. */
  bodyLine: number;
}

export function hasFrontmatter(source: string): boolean {
  return FRONTMATTER.test(source);
}

/** The body of a notice file, after its front-matter (all of it when there is none). */
export function noticeBody(source: string): string {
  const match = FRONTMATTER.exec(source);
  return match ? source.slice(match[0].length) : source;
}

class FrontmatterError extends Error {
  override name = 'FrontmatterError';
}

/** Throws a FrontmatterError, with the line when YAML knows it, if the file has no readable front-matter. */
export function parseNoticeFile(source: string): ParsedNotice {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new FrontmatterError('文件开头没有用 --- 包围的前置信息（front-matter）');
  try {
    const bodyLine = match[0].split('\n').length;
    return { data: load(match[1] ?? ''), body: source.slice(match[0].length), bodyLine };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // +2: YAML counts from 0, and the front-matter starts after the opening "---".
    throw new FrontmatterError(`第 ${error.mark.line + 2} 行：前置信息的 YAML 格式有误：${error.reason}`);
  }
}

/** One thing wrong with a notice file, said to the person who writes notices. */
export interface Problem {
  /** The file as it is to be named: relative to where the command runs, or as the content store names it. */
  file: string;
  /** The front-matter field ("period.end"), "正文" for the body; empty for the file as a whole. */
  field: string;
  /** What was found and what is expected, in Chinese. */
  message: string;
}

/** File names become page addresses, so they stay plain: /notices/2018-hebei-9-zhangjiakou/. */
const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

let schema: ReturnType<typeof noticeSchema> | undefined;

/** Where a notice file is, to find the files its text names: its path, and the project's root for imports. */
export interface NoticePlace {
  /** The file's path; `file` resolved from the working folder when not given. */
  path?: string | undefined;
  /** The project's root, where src/components/content/ is; the working folder when not given. */
  root?: string | undefined;
}

/** A valid notice: its data, its text, and what the text holds besides words. */
export interface CheckedNotice {
  data: Notice;
  body: string;
  content: BodyContent;
}

/**
 * Every problem of the notice file `file` that says `source`, in the order of
 * the file, and what its text holds (when its front-matter could be read); with
 * no problem, its validated data, body and what the body holds.
 */
export function checkNotice(
  source: string,
  file: string,
  place: NoticePlace = {},
): { problems: Problem[]; content?: BodyContent; notice?: CheckedNotice } {
  const problems: Problem[] = [];
  const name = basename(file);
  if (!FILE_NAME.test(name))
    problems.push({
      file,
      field: '',
      message: `文件名 "${name}" 会成为网址，应只用小写字母、数字和连字符，如 "2018-hebei-9-zhangjiakou.mdx"`,
    });
  let parsed: ParsedNotice;
  try {
    parsed = parseNoticeFile(source);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    return { problems: [...problems, { file, field: '', message: error.message }] };
  }
  schema ??= noticeSchema();
  const result = schema.safeParse(parsed.data);
  if (!result.success)
    for (const issue of result.error.issues)
      problems.push({ file, field: issue.path.join('.'), message: issue.message });
  // Checked against the whole notice, its text too: only once the front-matter is valid.
  else
    for (const problem of correctionProblems(result.data, parsed.body, parsed.bodyLine))
      problems.push({ file, ...problem });
  const content = readBody(parsed.body, parsed.bodyLine, parsed.data);
  const bodyProblems = [
    ...content.problems,
    ...assetProblems(content, place.path ?? resolve(file), place.root ?? process.cwd()),
  ].sort((a, b) => a.line - b.line);
  for (const { line, message } of bodyProblems)
    problems.push({ file, field: '正文', message: `第 ${line} 行：${message}` });
  if (parsed.body.trim() === '')
    problems.push({ file, field: '正文', message: '没有公告正文，应在前置信息之后写上公告全文' });
  if (problems.length || !result.success) return { problems, content };
  return { problems, content, notice: { data: result.data, body: parsed.body, content } };
}

/** The problems, one line each: "content/notices/x.mdx  period.end：收到 …，应为 …". */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map(({ file, field, message }) => (field ? `${file}  ${field}：${message}` : `${file}  ${message}`))
    .join('\n');
}

/** Content the site cannot publish (`what`, in Chinese); its message lists every problem (formatProblems). */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], what: string) {
    super(`${problems.length} 处问题，${what}不能发布：\n${formatProblems(problems)}`);
    this.problems = problems;
  }
}

/** A notice file the site cannot publish. */
export class NoticeError extends ContentError {
  override name = 'NoticeError';

  constructor(problems: readonly Problem[]) {
    super(problems, '这份公告');
  }
}

/** The validated data and body of the notice `file` that says `source`; otherwise a NoticeError. */
export function readNotice(source: string, file: string, place?: NoticePlace): CheckedNotice {
  const { problems, notice } = checkNotice(source, file, place);
  if (!notice) throw new NoticeError(problems);
  return notice;
}

/**
 * The notice file at `path`, read now: what it says and its validated data
 * and body, named `file` in messages; otherwise a NoticeError.
 */
export function readNoticeFile(path: string, file = path): CheckedNotice & { source: string } {
  // Synchronously: a small file, often read while the build writes pages.
  const source = readFileSync(path, 'utf8');
  return { ...readNotice(source, file, { path }), source };
}

/** The notice file of a content entry, whose path relative to `root` the content store keeps. */
export function readEntryNotice(
  entry: { id: string; filePath?: string | undefined },
  root = process.cwd(),
): CheckedNotice & { source: string; path: string } {
  if (!entry.filePath) throw new Error(`公告 ${entry.id} 没有文件路径`);
  const path = resolve(root, entry.filePath);
  return { ...readNoticeFile(path, entry.filePath), path };
}
