/**
 * The sitemap: every HTML page but the error pages, in sitemap files of at
 * most 45,000 addresses and an index of them (the names and the limit of
 * @astrojs/sitemap, which this replaces: it lists only the pages a build
 * rendered, and a rebuild renders only what changed).
 */
const LIMIT = 45_000;
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const HEADER = '<?xml version="1.0" encoding="UTF-8"?>';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);

/** The files to write, as [name, text], for the given page paths ("/", "/notices/x/"). */
export function sitemapFiles(pathnames: readonly string[], site: URL | string): [string, string][] {
  const urls = [
    ...new Set(
      pathnames
        .filter((pathname) => !/^\/(404|500)\/?$/.test(pathname))
        .map((pathname) => new URL(pathname, site).href),
    ),
  ].sort();
  const files: [string, string][] = [];
  for (let start = 0; start < Math.max(urls.length, 1); start += LIMIT) {
    const body = urls
      .slice(start, start + LIMIT)
      .map((url) => `<url><loc>${escape(url)}</loc></url>`)
      .join('');
    files.push([`sitemap-${files.length}.xml`, `${HEADER}<urlset xmlns="${NS}">${body}</urlset>\n`]);
  }
  const index = files
    .map(([name]) => `<sitemap><loc>${escape(new URL(`/${name}`, site).href)}</loc></sitemap>`)
    .join('');
  return [['sitemap-index.xml', `${HEADER}<sitemapindex xmlns="${NS}">${index}</sitemapindex>\n`], ...files];
}
