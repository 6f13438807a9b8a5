/**
 * The files a notice's text names: its photos and attachments, saved beside
 * the notice file, and the content components it imports. Where each is,
 * whether it may be published, and what a reader is told of an attachment
 * (its type and size) and where the site puts it: /attachments/<id>/<name>,
 * a name that stays the same from one build to the next.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { PublishedFiles } from '../formats/open-data.ts';
import type { BodyContent, BodyProblem } from './mdx-body.ts';

/** Photo formats Astro's image pipeline reads and the site publishes. */
export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

/** Attachment formats, and what a reader is told each is. */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'PDF',
  '.ofd': 'OFD',
  '.doc': 'Word 文档',
  '.docx': 'Word 文档',
  '.wps': 'WPS 文档',
  '.xls': 'Excel 表格',
  '.xlsx': 'Excel 表格',
  '.et': 'WPS 表格',
  '.jpg': 'JPG 图片',
  '.jpeg': 'JPG 图片',
  '.png': 'PNG 图片',
  '.zip': 'ZIP 压缩包',
};

/** The documented content components, as the project holds them. */
export const COMPONENTS_FOLDER = join('src', 'components', 'content');

/** The file `src` names, relative to the notice file at `noticePath`; undefined when it leaves the notice's folder. */
export function resolveAsset(noticePath: string, src: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURI(src.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  const folder = dirname(resolve(noticePath));
  const path = resolve(folder, decoded);
  const inside = relative(folder, path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? undefined : path;
}

/** The files that a text holding `content`, of the notice at `path`, names and that lie beside it: what its digest covers. */
export function assetPaths(content: Pick<BodyContent, 'photos' | 'attachments'>, path: string): string[] {
  const files = [...content.photos, ...content.attachments].map(({ src }) => resolveAsset(path, src));
  return [...new Set(files.filter((file): file is string => file !== undefined))].sort();
}

/** "312 KB", "1.4 MB": as a reader is told an attachment's size. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Where the site publishes the attachment `src` of the notice `id`. */
export function attachmentUrl(id: string, src: string): string {
  return `/attachments/${id}/${encodeURIComponent(basename(decodeURI(src.split(/[?#]/)[0]!)))}`;
}

export interface AttachmentFile {
  /** The file beside the notice. */
  path: string;
  /** Its address on the site. */
  url: string;
  /** Its name there, which a download keeps. */
  name: string;
  /** What it is: "PDF", "Excel 表格". */
  type: string;
  bytes: number;
  /** "PDF，312 KB". */
  describe: string;
}

/** The attachment `src` of the notice `id` whose file is at `noticePath`; throws when it cannot be published. */
export function attachmentFile(id: string, noticePath: string, src: string): AttachmentFile {
  const path = resolveAsset(noticePath, src);
  if (!path || !existsSync(path)) throw new Error(`${noticePath}：附件 ${src} 不存在`);
  const type = ATTACHMENT_TYPES[extname(path).toLowerCase()];
  if (!type) throw new Error(`${noticePath}：附件 ${src} 的类型不能发布`);
  const { size } = statSync(path);
  return { path, url: attachmentUrl(id, src), name: basename(path), type, bytes: size, describe: `${type}，${formatBytes(size)}` };
}

/** What is wrong with a file the text names: it is missing, outside the notice's folder, or of a kind the site does not publish. */
function fileProblem(noticePath: string, src: string, kinds: readonly string[], what: '图片' | '附件'): string | undefined {
  const path = resolveAsset(noticePath, src);
  const folder = dirname(resolve(noticePath));
  if (!path) return `${what} ${src} 不在公告所在的文件夹（${folder}）之内；应把它保存在公告旁，如 ./${basename(src)}`;
  if (!kinds.includes(extname(path).toLowerCase()))
    return `${what} ${src} 的格式 ${extname(path) || '（无扩展名）'} 不能发布；可用的格式：${kinds.join('、')}`;
  if (!existsSync(path)) return `${what} ${src} 不存在：找不到 ${path}`;
  if (!statSync(path).isFile()) return `${what} ${src} 不是文件`;
  return undefined;
}

/**
 * Every problem with the files the text names and the modules it imports,
 * for the notice file at `noticePath` in the project at `root`.
 */
export function assetProblems(content: BodyContent, noticePath: string, root: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const photo of content.photos) {
    const message = fileProblem(noticePath, photo.src, PHOTO_EXTENSIONS, '图片');
    if (message) problems.push({ line: photo.line, message });
  }
  const names = new Map<string, string>();
  for (const attachment of content.attachments) {
    const message = fileProblem(noticePath, attachment.src, Object.keys(ATTACHMENT_TYPES), '附件');
    if (message) problems.push({ line: attachment.line, message });
    const path = resolveAsset(noticePath, attachment.src);
    const name = path && basename(path);
    if (name && names.has(name) && names.get(name) !== path)
      problems.push({ line: attachment.line, message: `附件 ${attachment.src} 与另一个附件同名（${name}）；网站上同一公告的附件名称应各不相同` });
    if (name && path) names.set(name, path);
  }
  const components = resolve(root, COMPONENTS_FOLDER) + sep;
  for (const { specifier, line } of content.imports) {
    if (!specifier.startsWith('.')) {
      problems.push({ line, message: `从项目之外导入 "${specifier}"；公告只能使用 ${COMPONENTS_FOLDER} 中说明的组件，且无需导入` });
      continue;
    }
    const path = resolve(dirname(resolve(noticePath)), specifier);
    if (!path.startsWith(components) || !existsSync(path))
      problems.push({
        line,
        message: `导入的 "${specifier}" 不是 ${COMPONENTS_FOLDER} 中的组件；公告只能使用那里说明的组件，且无需导入`,
      });
  }
  return problems;
}

/** What the text of the notice `id`, whose file is at `noticePath`, publishes: as its record lists it, and the files to copy. */
export function publishedFiles(
  id: string,
  noticePath: string,
  content: Pick<BodyContent, 'photos' | 'attachments'>,
  site: URL | string,
): { files: PublishedFiles; attachments: AttachmentFile[] } {
  const named = content.attachments.map((attachment) => ({
    title: attachment.title,
    file: attachmentFile(id, noticePath, attachment.src),
  }));
  return {
    files: {
      photos: content.photos.map(({ alt, caption }) => (caption ? { alt, caption } : { alt })),
      attachments: named.map(({ title, file }) => ({
        title,
        url: new URL(file.url, site).href,
        type: file.type,
        bytes: file.bytes,
      })),
    },
    // One copy of a file that the text names twice.
    attachments: [...new Map(named.map(({ file }) => [file.url, file])).values()],
  };
}
