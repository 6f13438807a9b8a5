/** What build/run.ts tells the Astro it starts, through its environment. */

/** The file the page-list integration writes the pages Astro made or kept into. */
export const PAGES_ENV = 'NOTICE_BUILD_PAGES';
/** Set when build/run.ts empties or keeps the output folder itself and writes into it beside Astro. */
export const OWNS_OUTDIR_ENV = 'NOTICE_BUILD_OWNS_OUTDIR';
/** Where the notices worker serves the page parts while Astro renders (build/page-parts.ts). */
export const PAGE_PARTS_ENV = 'NOTICE_BUILD_PAGE_PARTS';
