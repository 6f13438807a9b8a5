/**
 * A page of the site in Traditional characters: its text converted by OpenCC
 * (Simplified to the Hong Kong standard forms, character by character with
 * OpenCC's phrase tables for the characters that split: 发 → 發 or 髮, 后 →
 * 後 or 后; the notice's own words are never replaced by regional ones, so 短信
 * stays 短信), its links kept on the Traditional site, its language zh-Hant.
 * Numbers, e-mail addresses and URLs hold no Chinese characters and come
 * through as they are; so do the percent-encoded addresses of team pages.
 * The README says why Hong Kong forms.
 */
import * as OpenCC from 'opencc-js/cn2t';
import { HANT_PREFIX } from '../notice/urls.ts';
import type { SearchRecord } from './search-record.ts';

let converter: ((text: string) => string) | undefined;
/** Runs of CJK characters and punctuation: all there is to convert, and where a page repeats itself. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;
const memo = new Map<string, string>();

/** Text in Traditional characters. The first call loads OpenCC's tables (about a second). */
export function toTraditional(text: string): string {
  converter ??= OpenCC.Converter({ from: 'cn', to: 'hk' });
  const convert = converter;
  return text.replace(CJK, (run) => {
    let done = memo.get(run);
    if (done === undefined) {
      done = convert(run);
      // The site's own words (headings, labels, the footer) repeat on every page; a notice's sentences do not.
      if (run.length <= 32 && memo.size < 50_000) memo.set(run, done);
    }
    return done;
  });
}

/**
 * The files besides pages that have a twin on the Traditional site: the feed,
 * and the scripts the pages load on demand (their words are on screen). The
 * build converts these (build/written-pages.ts), and links to them move.
 */
export function hasTwinFile(path: string): boolean {
  return path === '/rss.xml' || /^\/_astro\/[^/]+\.js$/.test(path);
}

/** Where a link of a page goes on the Traditional site: pages move under the prefix, files stay. */
function hantLink(path: string): string {
  if (path.startsWith(`${HANT_PREFIX}/`) || path.startsWith('//')) return path;
  // A page's address ends with "/" (before any query or fragment); files (.vcf, .json, images) do not.
  if (/^\/(?:[^?#]*\/)?(?:[?#].*)?$/.test(path) || hasTwinFile(path)) return `${HANT_PREFIX}${path}`;
  return path;
}

/** An absolute address on the site at `origin` as its twin's; another site's as it is. */
function hantUrl(url: string, origin: string): string {
  return url.startsWith(`${origin}/`) ? `${origin}${hantLink(url.slice(origin.length))}` : url;
}

/** The language switch: on a Simplified page it leads to the Traditional one (BaseLayout), on a Traditional page back. */
function switchBack(page: string): string {
  const mark = page.indexOf(' data-lang-switch');
  if (mark < 0) return page;
  const start = page.lastIndexOf('<a ', mark);
  const end = page.indexOf('</a>', mark) + '</a>'.length;
  const anchor = page
    .slice(start, end)
    .replace(`href="${HANT_PREFIX}/`, 'href="/')
    .replace(' lang="zh-Hant"', ' lang="zh-CN"')
    .replace(/>[^<]*<\/a>$/, '>简体</a>');
  return page.slice(0, start) + anchor + page.slice(end);
}

/**
 * A whole page of the Simplified site as its Traditional twin; `site` is the
 * site's address, whose own absolute links (canonical, og:url) move too.
 */
export function traditionalPage(html: string, site: string): string {
  const origin = site.replace(/\/$/, '');
  let page = toTraditional(html)
    .replace(/<html lang="zh-CN"/, '<html lang="zh-Hant"')
    .replace('<meta property="og:locale" content="zh_CN"', '<meta property="og:locale" content="zh_HK"')
    // The JSON-LD describes this page's words, now Traditional; its addresses stay the notice's.
    .replace(/"inLanguage":"zh-CN"/g, '"inLanguage":"zh-Hant"')
    .replace(
      /(<link rel="canonical" href="|<meta property="og:url" content=")([^"]*)"/g,
      (_, before: string, url: string) => `${before}${hantUrl(url, origin)}"`,
    )
    // Root-relative links and the addresses scripts read (a form's action, the search index's folder).
    .replace(
      / (href|action|data-index)="(\/[^"]*)"/g,
      (_, name: string, path: string) => ` ${name}="${hantLink(path)}"`,
    )
    // Inside the page's inline script: the module it loads on demand.
    .replace(/(?<=["'`])\/_astro\/[^"'`/\s]+\.js(?=["'`])/g, (path) => hantLink(path));
  // After the conversion: the way back is written in Simplified characters, and the alternate is the Simplified page.
  page = switchBack(page).replace(
    `<link rel="alternate" hreflang="zh-Hant" href="${origin}${HANT_PREFIX}/`,
    `<link rel="alternate" hreflang="zh-Hans" href="${origin}/`,
  );
  return page;
}

/** The RSS feed in Traditional characters, its items' links on the Traditional site. */
export function traditionalFeed(xml: string, site: string): string {
  const origin = site.replace(/\/$/, '');
  return toTraditional(xml)
    .replace(/<language>zh-CN<\/language>/, '<language>zh-Hant</language>')
    .replace(
      /(<link>|<guid[^>]*>)([^<]*)(<\/)/g,
      (_, open: string, url: string, close: string) => `${open}${hantUrl(url, origin)}${close}`,
    );
}

/**
 * A search record for the Traditional site's index: its words and what a
 * result shows converted. Its address stays: Pagefind puts the folder its
 * index is in (/zh-hant/) before every result's, which leads to the twin.
 */
export function traditionalRecord(record: SearchRecord): SearchRecord {
  const convert = (values: Record<string, string>) =>
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, toTraditional(value)]));
  return {
    ...record,
    content: toTraditional(record.content),
    meta: convert(record.meta),
    ...(record.filters
      ? {
          filters: Object.fromEntries(
            Object.entries(record.filters).map(([key, values]) => [key, values.map(toTraditional)]),
          ),
        }
      : {}),
  };
}
