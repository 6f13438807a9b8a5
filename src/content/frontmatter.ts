/**
 * Reading a notice file: its YAML front-matter and its MDX body, parsed the
 * way Astro parses them (js-yaml's default schema), so that a check made
 * without building sees exactly what the build will see, an unquoted date
 * turned into a Date included.
 */
import { load, YAMLException } from 'js-yaml';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export interface NoticeFile {
  data: unknown;
  body: string;
  /** The line of the file on which the body begins. */
  bodyLine: number;
}

export class FrontmatterError extends Error {
  /** The line of the file the problem is on, when YAML knows it. */
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

export function hasFrontmatter(source: string): boolean {
  return FRONTMATTER.test(source);
}

/** The body of a notice file, after its front-matter (all of it when there is none). */
export function noticeBody(source: string): string {
  const match = FRONTMATTER.exec(source);
  return match ? source.slice(match[0].length) : source;
}

export function parseNoticeFile(source: string): NoticeFile {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new FrontmatterError('文件开头没有用 --- 包围的前置信息（front-matter）');
  try {
    const bodyLine = match[0].split('\n').length;
    return { data: load(match[1] ?? ''), body: source.slice(match[0].length), bodyLine };
  } catch (error) {
    if (error instanceof YAMLException) {
      // +1: the line of the opening "---".
      throw new FrontmatterError(`前置信息的 YAML 格式有误：${error.reason}`, error.mark.line + 2);
    }
    throw error;
  }
}
