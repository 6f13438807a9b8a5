/**
 * The content loader for notices: MDX files read as Markdown.
 *
 * A notice is text only: no imports, no components, no expressions (the
 * import command escapes them and check:content refuses them). Through
 * Astro's MDX pipeline every notice became a JavaScript module of its own,
 * compiled, bundled and kept in memory, which made 10,000 notices cost four
 * times what the same text costs as .md. Read here, each file is checked
 * and validated in full (src/lib/noticeSource.ts), and the store keeps its
 * summary (what the lists show) with a digest of the file, so an unchanged
 * notice is never read or validated twice.
 *
 * Only the summary: Astro writes, bundles and parses the whole store again
 * in every build, whatever changed. With every notice's data in it, that
 * was 11 MB and about 2 s of a 6 s rebuild at 10,000 notices; with the
 * summaries, 2.8 MB. A notice's own page gets the whole notice, with its
 * text, from the build's prework or reads it itself (src/lib/noticePage.ts).
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { listingOf } from '../schemas/notice.ts';
import { digestFile, readFileStats, writeFileStats, type FileStats } from './file-stats.ts';
import { listNoticeSources, noticeId, readNotice } from './notice-file.ts';

export function noticeLoader(options: { base: string }): Loader {
  return {
    name: 'notice-loader',
    load: async ({ config, store, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const base = resolve(root, options.base);

      const cacheDir = fileURLToPath(config.cacheDir);
      const known = readFileStats(cacheDir);
      const stats: FileStats = new Map();

      function loadFile(path: string): string {
        const id = noticeId(base, path);
        // The same digest decides, after this, whether the notice's pages and files are redone.
        const { digest, source: read } = digestFile(path, known, stats);
        if (store.get(id)?.digest === digest) return id;
        const source = read ?? readFileSync(path, 'utf8');
        const filePath = relative(root, path);
        const { data } = readNotice(source, filePath);
        store.set({ id, data: listingOf(data), filePath, digest });
        return id;
      }

      const files = (await listNoticeSources(base)).map((file) => file.path);
      const seen = new Set(files.map(loadFile));
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      writeFileStats(cacheDir, stats);
      logger.info(`${files.length} 份公告`);

      // In `astro dev`, a saved notice is reloaded on its own.
      watcher?.add(base);
      const reload = (path: string) => {
        if (!path.startsWith(base) || !path.endsWith('.mdx')) return;
        try {
          loadFile(path);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      watcher?.on('change', reload);
      watcher?.on('add', reload);
      watcher?.on('unlink', (path) => {
        if (path.startsWith(base) && path.endsWith('.mdx'))
          store.delete(relative(base, path).replace(/\.mdx$/, ''));
      });
    },
  };
}
