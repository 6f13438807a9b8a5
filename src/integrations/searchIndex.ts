/**
 * Builds the search index with Pagefind once Astro has written the site.
 * Pagefind's extended binary (the one the npm package ships) segments
 * Chinese words, so 李寿松 or 018信箱 are found inside running text. Only
 * notice pages are indexed: they mark their content with data-pagefind-body.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length)
          throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`搜索索引已写入 ${site}pagefind（扫描了 ${added.page_count} 个页面，只收录公告页）`);
      },
    },
  };
}
