/**
 * Each page's Content Security Policy with the hashes of its own inline
 * scripts and styles only. Astro's CSP (astro.config.mjs, `security.csp`)
 * puts in every page the hashes of every inline script and style of the
 * whole site and of its client directives (23 on a notice page, of which it
 * uses 3): about 45 bytes each, compressed, that no compression can shrink,
 * and one more on every page for each new page type. Kept to the page's own,
 * the policy allows exactly what the page runs, and nothing else; ARCHITECTURE.md
 * says what it buys.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
/** Inline scripts the browser runs (no src; no type, or a module): data blocks such as JSON-LD are not. */
const SCRIPT = /<script(?![^>]*\ssrc=)(?:\s+type="module")?>([\s\S]*?)<\/script>/g;
const STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;

const digest = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;

/** A directive's sources with its hashes replaced by `hashes`: "script-src 'self' 'sha256-…'". */
function directive(value: string, hashes: Set<string>): string {
  const [name, ...sources] = value.trim().split(/\s+/);
  return [name, ...sources.filter((source) => !source.startsWith("'sha256-")), ...hashes].join(' ');
}

/** The page with its CSP keeping only the hashes of its own inline scripts and styles; unchanged without a CSP. */
export function ownHashesOnly(html: string): string {
  const match = META.exec(html);
  if (!match) return html;
  const scripts = new Set([...html.matchAll(SCRIPT)].map((found) => digest(found[1]!)));
  const styles = new Set([...html.matchAll(STYLE)].map((found) => digest(found[1]!)));
  const policy = match[2]!
    .split(';')
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const name = part.trim().split(/\s+/)[0];
      if (name === 'script-src') return directive(part, scripts);
      if (name === 'style-src') return directive(part, styles);
      return part.trim();
    })
    .join(';');
  return (
    html.slice(0, match.index) + match[1] + policy + match[3] + html.slice(match.index + match[0].length)
  );
}

/**
 * Every page under `outDir` written at or after `since` (ms), its CSP kept to
 * its own hashes; how many. Asynchronous, a page at a time, so that it runs
 * beside the search index, whose work is in Pagefind's own process.
 */
export async function pruneWrittenPages(outDir: string, since: number): Promise<number> {
  let pruned = 0;
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    if ((await stat(path)).mtimeMs < since) continue;
    const html = await readFile(path, 'utf8');
    const own = ownHashesOnly(html);
    if (own !== html) {
      await writeFile(path, own);
      pruned += 1;
    }
  }
  return pruned;
}
