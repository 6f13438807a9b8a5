/**
 * Reading the site's identity file (content/site.yaml, or the file SITE_FILE
 * names): the one reader for the pages, check:content and the tests. A site
 * without the file has no identity to show; a file that is there must be whole
 * and right, or the build stops with every problem, as for a notice.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { siteSchema, type Site } from '../schemas/site.ts';
import { ContentError, type Problem } from './notice-file.ts';

/** Where the site's identity is: content/site.yaml, or SITE_FILE (the test archive's). */
export const SITE_FILE = process.env['SITE_FILE'] ?? 'content/site.yaml';

/** The badge's image of the site file `file`: beside it. */
function badgeFile(file: string, badge: NonNullable<Site['badge']>): string {
  return join(dirname(file), badge.image);
}

/** Every problem of the site file `file` that says `source`; with none, its validated identity. */
export function checkSite(source: string, file: string): { problems: Problem[]; site?: Site } {
  let data: unknown;
  try {
    data = load(source);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // +1: YAML counts lines from 0.
    return { problems: [{ file, field: '', message: `第 ${error.mark.line + 1} 行：YAML 格式有误：${error.reason}` }] };
  }
  const result = siteSchema().safeParse(data);
  if (result.success) {
    const image = result.data.badge && badgeFile(file, result.data.badge);
    if (image && !statSync(image, { throwIfNoEntry: false })?.isFile())
      return {
        problems: [
          {
            file,
            field: 'badge.image',
            message: `找不到标识图片 ${image}：应把登记机关发放的标识图片放在 ${file} 旁边`,
          },
        ],
      };
    return { problems: [], site: result.data };
  }
  return {
    problems: result.error.issues.map((issue) => ({ file, field: issue.path.join('.'), message: issue.message })),
  };
}

/** The site file cannot be published; its message lists every problem. */
export class SiteFileError extends ContentError {
  override name = 'SiteFileError';

  constructor(problems: readonly Problem[]) {
    super(problems, '网站信息');
  }
}

/** The site file at `path` checked (checkSite); undefined when there is no such file. */
export function checkSiteFile(path = SITE_FILE): ReturnType<typeof checkSite> | undefined {
  return existsSync(path) ? checkSite(readFileSync(path, 'utf8'), path) : undefined;
}

/** The site's identity from `path`; undefined when there is no such file, a SiteFileError when it is wrong. */
export function readSiteFile(path = SITE_FILE): Site | undefined {
  const checked = checkSiteFile(path);
  if (checked && !checked.site) throw new SiteFileError(checked.problems);
  return checked?.site;
}

let cached: { site: Site | undefined; key: string } | undefined;

function identityOfBuild() {
  if (!cached) {
    const site = readSiteFile();
    cached = { site, key: site ? JSON.stringify(site) : '' };
  }
  return cached;
}

/**
 * The site's identity for the pages of this build, read once; undefined
 * without a site file. Pages' cache keys include `siteKey()`, so that a changed
 * file renders every page again.
 */
export function siteIdentity(): Site | undefined {
  return identityOfBuild().site;
}

/** What every page's cache key adds for the site's identity: empty without one. */
export function siteKey(): string {
  return identityOfBuild().key;
}

/** The badge as published: its address in the site, the file it is made from, and its size. */
export interface PublishedBadge {
  href: string;
  path: string;
  width: number;
  height: number;
}

let published: Promise<PublishedBadge | undefined> | undefined;

/** The site's badge as published at /site-badge.<ext>, its size read once; undefined without one. */
export function publishedBadge(): Promise<PublishedBadge | undefined> {
  published ??= (async () => {
    const badge = siteIdentity()?.badge;
    if (!badge) return undefined;
    const path = badgeFile(SITE_FILE, badge);
    const { default: sharp } = await import('sharp');
    const { width, height } = await sharp(path).metadata();
    return { href: `/site-badge${extname(path).toLowerCase()}`, path, width, height };
  })();
  return published;
}
