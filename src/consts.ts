/**
 * Where the notices are: content/notices/, or the folder NOTICES_DIR names
 * (benchmarks, the test archive). The build, the loader and the tools read it here.
 */
export const NOTICES_DIR = process.env['NOTICES_DIR'] ?? 'content/notices';

/**
 * Astro's cache folder (the content store) and our own build caches: the
 * notice files' stats and the build state. ASTRO_CACHE_DIR gives each notice
 * folder its own (the test archive, benchmarks).
 */
export const CACHE_DIR = process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro';

/**
 * The public address of the site, for canonical links and the QR code on
 * printed notices. Set SITE_URL when building for publication; the default
 * is deliberately an address that cannot exist.
 */
export const PLACEHOLDER_SITE = 'https://site-url-not-set.invalid';
export const SITE = process.env['SITE_URL'] || PLACEHOLDER_SITE;

/** The site's name, in the header and in every page title. */
export const SITE_TITLE = '巡视巡察公告';

/** What the site is, for search engines and link previews. */
export const SITE_DESCRIPTION =
  '巡视组、巡察组进驻公告：巡视期间、巡视内容，以及值班电话、邮政信箱、短信、电子邮箱、意见箱等反映问题的渠道。';
