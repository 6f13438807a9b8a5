/**
 * What a notice's text holds besides words: its photos, attachments, content
 * components and expressions, read from the MDX syntax tree that the site's
 * processor (Sätteri) parses, and every use the site does not allow. A text
 * that is only words never reaches the parser: the fast path of the build
 * renders it as Markdown (notice-body.ts), and the rest is compiled by
 * @astrojs/mdx. Pure: the files it names are checked by notice-assets.ts.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { COMPONENT_LIST, CONTENT_COMPONENTS, isContentComponent } from './components.ts';

export interface Photo {
  /** The path as written, relative to the notice file. */
  src: string;
  alt: string;
  caption?: string | undefined;
  line: number;
}

export interface AttachmentRef {
  src: string;
  title: string;
  line: number;
}

export interface ImportRef {
  specifier: string;
  /** The names it brings in. */
  names: string[];
  line: number;
}

export interface BodyProblem {
  line: number;
  message: string;
}

/** What a notice's text holds; `mdx` when it needs the MDX compiler rather than the Markdown fast path. */
export interface BodyContent {
  mdx: boolean;
  photos: Photo[];
  attachments: AttachmentRef[];
  imports: ImportRef[];
  problems: BodyProblem[];
}

/** What a text of words only holds besides them: nothing. */
const nothing = (): BodyContent => ({ mdx: false, photos: [], attachments: [], imports: [], problems: [] });

/** ASCII characters that start MDX or a Markdown image or link; the importer escapes all of them. */
const MARKUP = /[{}<>]|!\[|\]\(|^\s*(?:import|export)\b/m;

/** True when the text is only words: nothing to parse, the fast path renders it. */
export function isPlainText(body: string): boolean {
  return !MARKUP.test(body.replace(/\\./g, ''));
}

/** A path to a file beside the notice: no scheme, no leading slash, no fragment or query. */
export function isLocalPath(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:|^\/|^#|^\?/i.test(url);
}

/** Expressions that show a value and run nothing: a comment, quoted text, or a front-matter field. */
const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;
const STRING = /^\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")\s*$/;
const FRONTMATTER_PATH = /^\s*frontmatter((?:\.[A-Za-z_$][\w$]*|\[\d+\])+)\s*$/;

/** The value at a front-matter path ("team.name", "channels[0].label"), or undefined. */
function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const [, key, index] of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    const next = key ?? Number(index);
    value = Object.hasOwn(value, next) ? (value as Record<string | number, unknown>)[next] : undefined;
  }
  return value;
}

function expressionProblem(code: string, data: unknown): string | undefined {
  if (COMMENT.test(code) || STRING.test(code) || code.trim() === '') return undefined;
  const path = FRONTMATTER_PATH.exec(code)?.[1];
  if (!path)
    return `表达式 {${code.trim()}} 会作为代码运行；正文中的表达式只能是注释 {/* … */}、带引号的文字 {'…'} 或前置信息中的一项，如 {frontmatter.team.name}`;
  const value = valueAt(data, path);
  if (typeof value === 'string' || typeof value === 'number') return undefined;
  const field = path.replace(/^\./, '');
  if (value === undefined) return `表达式 {${code.trim()}}：前置信息中没有 ${field}`;
  return `表达式 {${code.trim()}}：前置信息的 ${field} 不是一段文字，应指向其中的一项文字`;
}

/** The text of a node and its children, as a reader sees it. */
function textOf(node: MdastNode): string {
  const value = (node as { value?: unknown }).value;
  if (node.type === 'text' || node.type === 'inlineCode') return String(value ?? '');
  const children = (node as { children?: MdastNode[] }).children ?? [];
  return children.map(textOf).join('');
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** The line of a node in the notice file: `first` is the file's line of the text's first line. */
function lineOf(node: MdastNode, first: number): number {
  return (node.position?.start.line ?? 1) + first - 1;
}

/** "3:2: Unexpected character … (mdx-jsx:…)" → its line and a message in Chinese with the parser's words. */
function syntaxProblem(error: Error, first: number): BodyProblem {
  const match = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([\w:-]+\))?$/.exec(error.message);
  const line = match ? Number(match[1]) + first - 1 : first;
  const column = match ? `第 ${match[2]} 列` : '';
  return {
    line,
    message: `${column}MDX 语法有误（${match?.[3] ?? error.message}）；若这里是文字而不是组件或表达式，应在 {、}、<、> 前加反斜杠，如 \\<`,
  };
}

/** Import lines: `import A from '…'`, `import { A, B as C } from '…'`. */
const IMPORT = /^\s*import\s+([\s\S]*?)\s+from\s+(['"])([^'"]+)\2\s*;?\s*$/;

function importsOf(code: string, line: number, problems: BodyProblem[]): ImportRef[] {
  const refs: ImportRef[] = [];
  for (const statement of code.split(/\n(?=\s*(?:import|export)\b)/)) {
    if (/^\s*export\b/.test(statement)) {
      problems.push({ line, message: '正文不能导出（export）代码；公告正文只能是文字、图片和说明过的组件' });
      continue;
    }
    const match = IMPORT.exec(statement);
    if (!match) {
      problems.push({ line, message: `无法识别的 import：${statement.trim()}` });
      continue;
    }
    const names = match[1]!
      .replace(/[{}]/g, ',')
      .split(',')
      .map((name) => name.trim().split(/\s+as\s+/).at(-1)!)
      .filter(Boolean);
    refs.push({ specifier: match[3]!, names, line });
  }
  return refs;
}

/**
 * What the text `body` holds, and every problem of it, with lines counted in
 * the file from `firstLine`, the line the text starts on. `data` is the
 * front-matter, for the fields that expressions name.
 */
export function readBody(body: string, firstLine = 1, data: unknown = {}): BodyContent {
  if (isPlainText(body)) return nothing();
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body);
  } catch (error) {
    return { ...nothing(), mdx: true, problems: [syntaxProblem(error as Error, firstLine)] };
  }
  const content = nothing();
  const problem = (node: MdastNode, message: string) =>
    content.problems.push({ line: lineOf(node, firstLine), message });

  function image(node: MdastNode, caption?: string): void {
    const { url = '', alt } = node as { url?: string; alt?: string | null };
    const line = lineOf(node, firstLine);
    if (!isLocalPath(url)) {
      problem(node, `图片 ${url} 不是公告旁的文件；网站只发布与公告一起保存的图片（网络图片不会显示）`);
      return;
    }
    content.mdx = true;
    if (!alt?.trim())
      problem(
        node,
        `图片 ${url} 没有替代文字；应写作 ![照片内容的描述](${url})，读屏软件会读出它，图片无法显示时也会显示它`,
      );
    content.photos.push({ src: url, alt: alt?.trim() ?? '', caption, line });
  }

  function component(node: MdastNode & { name?: string | null; attributes?: JsxAttribute[] }): void {
    content.mdx = true;
    const name = node.name ?? '';
    if (!isContentComponent(name)) {
      const what = name === '' ? '<>…</>' : `<${name}>`;
      const html = /^[a-z]/.test(name) ? '（正文中不能直接写 HTML 标签）' : '';
      problem(node, `${what} 不是可用的组件${html}；可用的组件：${COMPONENT_LIST}（见 README）`);
      return;
    }
    const spec = CONTENT_COMPONENTS[name];
    const values: Record<string, string> = {};
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        problem(node, `<${name}> 的属性只能写作 名称="文字"，不能展开表达式`);
        continue;
      }
      if (!Object.hasOwn(spec.attributes, attribute.name)) {
        const known = Object.keys(spec.attributes).join('、');
        problem(node, `<${name}> 没有属性 ${attribute.name}；它的属性：${known}`);
        continue;
      }
      if (typeof attribute.value !== 'string') {
        problem(node, `<${name}> 的 ${attribute.name} 应是带引号的文字，如 ${attribute.name}="…"`);
        continue;
      }
      values[attribute.name] = attribute.value;
    }
    for (const [attribute, required] of Object.entries(spec.attributes))
      if (required && !values[attribute]?.trim()) problem(node, `<${name}> 缺少 ${attribute}="…"`);
    const children = (node as { children?: MdastNode[] }).children ?? [];
    if (spec.content === 'one-image') {
      const images: MdastNode[] = [];
      const collect = (child: MdastNode) => {
        if (child.type === 'image') images.push(child);
        else ((child as { children?: MdastNode[] }).children ?? []).forEach(collect);
      };
      children.forEach(collect);
      if (images.length !== 1) problem(node, `<${name}> 中应恰好有一张图片，如 ![照片内容的描述](./照片.jpg)，现有 ${images.length} 张`);
      for (const child of images) image(child, values.caption?.trim() || undefined);
      return;
    }
    const title = textOf(node).trim();
    if (!title) problem(node, `<${name}> 应写出附件的名称，如 <${name} file="${values.file ?? './附件.pdf'}">进驻情况一览表</${name}>`);
    if (values.file) content.attachments.push({ src: values.file, title, line: lineOf(node, firstLine) });
    visitChildren(node);
  }

  function visitChildren(node: MdastNode): void {
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  }

  function visit(node: MdastNode): void {
    switch (node.type) {
      case 'mdxjsEsm':
        content.mdx = true;
        content.imports.push(
          ...importsOf(String((node as { value?: unknown }).value ?? ''), lineOf(node, firstLine), content.problems),
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        content.mdx = true;
        const message = expressionProblem(String((node as { value?: unknown }).value ?? ''), data);
        if (message) problem(node, message);
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        component(node);
        return;
      case 'image':
        image(node);
        return;
      case 'link': {
        const url = (node as { url?: string }).url ?? '';
        if (isLocalPath(url)) {
          content.mdx = true;
          const title = textOf(node).trim();
          if (!title) problem(node, `链接 ${url} 应写出附件的名称，如 [进驻情况一览表](${url})`);
          content.attachments.push({ src: url, title, line: lineOf(node, firstLine) });
        }
        visitChildren(node);
        return;
      }
      default:
        visitChildren(node);
    }
  }

  visit(tree);
  return content;
}
