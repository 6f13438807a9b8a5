import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = 'dist';

/** Every file of the built site, as paths relative to dist/. */
export function builtFiles(root = DIST): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

export const builtPages = (root = DIST) => builtFiles(root).filter((file) => file.endsWith('.html'));
