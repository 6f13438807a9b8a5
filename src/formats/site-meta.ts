/**
 * The meta tags that audit crawlers of government sites read (SiteName,
 * SiteDomain, SiteIDCode, ColumnName on every page; ArticleTitle, PubDate
 * and, when the notice records its publisher, ContentSource on a notice's). Only a site with an identity (content/site.yaml) has them:
 * without its 网站标识码 they would claim a registration the site lacks.
 */
import type { Site } from '../schemas/site.ts';

/** A notice page's own tags. */
export interface ArticleMeta {
  title: string;
  /** The day the notice was published, YYYY-MM-DD. */
  published: string;
  /** Who published the original, when the notice records it. */
  source?: string | undefined;
}

/** The site's section ("column") a page is in, by its path. */
export function columnName(pathname: string): string {
  const first = decodeURIComponent(pathname).split('/')[1] ?? '';
  const columns: Record<string, string> = {
    notices: '巡视巡察公告',
    teams: '巡视组',
    units: '被巡视单位',
    search: '搜索',
  };
  return columns[first] ?? '首页';
}

export function siteMeta(
  site: Site | undefined,
  page: { pathname: string; siteName: string; siteUrl: URL | string; article?: ArticleMeta | undefined },
): { name: string; content: string }[] {
  if (!site) return [];
  const tags = [
    { name: 'SiteName', content: page.siteName },
    { name: 'SiteDomain', content: new URL(page.siteUrl).host },
    { name: 'SiteIDCode', content: site.siteCode },
    { name: 'ColumnName', content: columnName(page.pathname) },
  ];
  if (page.article)
    tags.push(
      { name: 'ArticleTitle', content: page.article.title },
      { name: 'PubDate', content: page.article.published },
      ...(page.article.source ? [{ name: 'ContentSource', content: page.article.source }] : []),
    );
  return tags;
}
