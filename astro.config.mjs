// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { OWNS_OUTDIR_ENV } from './src/build/env.ts';
import { CACHE_DIR, NOTICES_DIR, PLACEHOLDER_SITE, SITE as site } from './src/consts.ts';
import { noticeDataFiles } from './src/integrations/notice-data-files.ts';
import { lazyModule } from './src/integrations/lazy-module.ts';
import { pageList } from './src/integrations/page-list.ts';
import { markdownOptions, markdownProcessor } from './src/content/notice-body.ts';

// The public address of the site (SITE_URL), or a placeholder that cannot exist.
if (!/^https?:\/\/[^/]+/.test(site)) {
  throw new Error(
    `SITE_URL 应为网站的完整地址，如 "https://notices.example.gov.cn"，收到 ${JSON.stringify(site)}`,
  );
}

/** Says loudly, once per build, that printed notices will carry the placeholder address. */
const warnAboutPlaceholderSite = {
  name: 'site-url-check',
  hooks: {
    /** @param {{ logger: { warn(message: string): void } }} options */
    'astro:build:start': ({ logger }) => {
      if (site === PLACEHOLDER_SITE) {
        logger.warn(`SITE_URL 未设置：打印页上的网址和二维码将是占位地址 ${PLACEHOLDER_SITE}`);
      }
    },
  },
};

export default defineConfig({
  site,
  // Builds of other notice folders (the test archive, benchmarks) keep their own content cache.
  cacheDir: CACHE_DIR,
  // The notices' data files are written beside Astro by the build (src/build/run.ts) and served
  // in `astro dev` by noticeDataFiles.
  integrations: [
    mdx(),
    // Astro reports every page of the build, those its incremental build kept too.
    sitemap({
      namespaces: { news: false, xhtml: false, image: false, video: false },
      // A notice's poster and contact cards are for printing, not for finding: its page is.
      filter: (page) => !/\/notices\/[^/]+\/(poster|card)\/$/.test(page),
    }),
    pageList(),
    noticeDataFiles({ base: NOTICES_DIR }),
    warnAboutPlaceholderSite,
  ],
  // Pages link with trailing slashes; the preview server and static hosts agree.
  trailingSlash: 'always',
  // Styles inline in each page: no render-blocking stylesheet request before the first paint
  // (Lighthouse counted two), and the page's CSS is small enough for its budget either way.
  // Four pages at a time: Astro writes each page before it renders the next, and one at a time
  // left the build waiting on the disk for a quarter of its time (README, Benchmark).
  build: { inlineStylesheets: 'always', concurrency: 4 },
  vite: {
    // What a page's script loads only when asked (reading aloud), by address (src/integrations/lazy-module.ts).
    plugins: [lazyModule()],
    // src/build/run.ts empties the folder itself (or keeps the last build's output when only
    // notices changed) and writes into it while Astro builds; it says so here.
    build: {
      emptyOutDir: process.env[OWNS_OUTDIR_ENV] !== '1',
      // The pages' one script stays inline, as it was below Vite's default 4 KB: apart, it cost the
      // notice page a request and about 150 bytes more (the page budget, README). Other assets as default.
      assetsInlineLimit: (file, content) => (file.endsWith('.js') ? content.length <= 8192 : undefined),
      rolldownOptions: {
        // Astro marks each compiled MDX notice with a "use astro:head-inject" directive that the
        // bundler warns it may drop: a line per notice with a photo or a component, and no fault.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
  server: { port: 4321, host: '127.0.0.1' },
  // Pages whose cache key (src/routing.ts) is that of the last build are kept, not rendered again.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  scopedStyleStrategy: 'class',
  security: {
    // A CSP <meta> on every page; build/csp.ts then keeps its hashes to those of the page's own
    // scripts and styles (Astro lists every page's in every page).
    // frame-ancestors and the rest that only headers can carry are in public/_headers.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Notices' text is rendered by their pages with this processor (src/content/notice-body.ts).
  markdown: { processor: markdownProcessor, ...markdownOptions },
});
