import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { builtFiles, builtPages, DIST } from './helpers.ts';

/** The built site, checked as files: what a static host serves. */
const pages = builtPages();

test('there are pages to check', () => {
  expect(pages).toContain('index.html');
  expect(pages).toContain('notices/2018-hebei-9-zhangjiakou/index.html');
});

test('every built page is valid HTML (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(join(DIST, page));
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('every internal link and anchor resolves to a built file and an element', () => {
  const files = new Set(builtFiles());
  const ids = new Map<string, Set<string>>();
  const idsOf = (page: string) => {
    if (!ids.has(page)) {
      const html = readFileSync(join(DIST, page), 'utf8');
      ids.set(page, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '')));
    }
    return ids.get(page)!;
  };
  const broken: string[] = [];
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    for (const [, href = ''] of html.matchAll(/\shref="([^"]*)"/g)) {
      if (/^(?:https?:|tel:|sms:|mailto:|data:)/.test(href)) continue;
      const url = new URL(href.replaceAll('&amp;', '&'), `https://site.invalid/${page}`);
      const path = decodeURIComponent(url.pathname).replace(/^\//, '');
      const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
      if (!files.has(target)) {
        broken.push(`${page}: ${href} (no ${target})`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor))
        broken.push(`${page}: ${href} (no #${anchor})`);
    }
  }
  expect(broken).toEqual([]);
});

test('no page loads anything from another origin or uses inline event handlers', () => {
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    // Canonical, alternate and Open Graph addresses are not loaded; scripts, styles, icons and images are.
    expect(html, page).not.toMatch(/<(?:script|img|iframe|source)[^>]+src="(?:https?:)?\/\//);
    expect(html, page).not.toMatch(
      /<link[^>]+rel="(?:stylesheet|preload|modulepreload|icon|manifest)"[^>]+href="(?:https?:)?\/\//,
    );
    expect(html, page).not.toMatch(/\son[a-z]+="/);
  }
});

test('every page carries a Content Security Policy', () => {
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    expect(html, page).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src[^"]*"/);
  }
});

test('without content/site.yaml, no page claims a registration: no identity lines, links or meta tags', () => {
  expect(existsSync('content/site.yaml')).toBe(false);
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    expect(html, page).not.toMatch(/beian\.miit\.gov\.cn|beian\.mps\.gov\.cn|主办单位|网站标识码/);
    expect(html, page).not.toMatch(
      /<meta name="(SiteName|SiteDomain|SiteIDCode|ColumnName|ArticleTitle|PubDate)"/,
    );
    expect(html, page).not.toContain('site-badge');
  }
  // Never a badge the office did not supply.
  expect(readdirSync(DIST).filter((name) => name.startsWith('site-badge'))).toEqual([]);
});
