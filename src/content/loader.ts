/**
 * The content loader for notices: each .mdx file read and validated in full
 * (notice-file.ts) and kept in the store as its listing with the digest of
 * its file and the files its text names; a file whose digest is unchanged is
 * not read again. A notice of words only is never compiled as an MDX module:
 * its page renders the text as Markdown. One whose text holds photos,
 * attachments or components is marked for Astro to compile with
 * @astrojs/mdx when its page renders it (deferredRender), as Astro's own
 * glob loader marks every .mdx file. ARCHITECTURE.md says what this buys.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { listingOf, type NoticeListing } from '../schemas/notice.ts';
import { LinkError, linkFileProblems } from './inspections.ts';
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
        const stored = store.get(id);
        if (stored?.digest === digest) {
          // The store keeps it, but the list of modules to compile is made anew by each build.
          if (stored.deferredRender && stored.filePath) store.addModuleImport(stored.filePath);
          return id;
        }
        const source = read ?? readFileSync(path, 'utf8');
        const filePath = relative(root, path);
        const { data, content } = readNotice(source, filePath, { path, root });
        store.set({ id, data: listingOf(data), filePath, digest, deferredRender: content.mdx });
        return id;
      }

      const files = (await listNoticeSources(base)).map((file) => file.path);
      const seen = new Set(files.map(loadFile));
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      // The links between notices: a later stage names its arrival, and comes after it.
      const linked = [...store.values()].map((entry) => ({
        id: entry.id,
        file: entry.filePath ?? entry.id,
        data: entry.data as NoticeListing,
      }));
      const broken = linkFileProblems(linked);
      if (broken.length) throw new LinkError(broken);
      writeFileStats(cacheDir, stats);
      logger.info(`${files.length} 份公告`);

      // In `astro dev`, a saved notice is reloaded on its own.
      watcher?.add(base);
      const isNotice = (path: string) => path.startsWith(base) && path.endsWith('.mdx');
      const reload = (path: string) => {
        if (!isNotice(path)) return;
        try {
          loadFile(path);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      watcher?.on('change', reload);
      watcher?.on('add', reload);
      watcher?.on('unlink', (path) => {
        if (isNotice(path)) store.delete(noticeId(base, path));
      });
    },
  };
}
