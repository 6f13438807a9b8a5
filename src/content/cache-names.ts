/**
 * The names of the files the content loader keeps in Astro's cache folder,
 * in a module of their own: the build's parent process needs the names, not
 * the parsers behind them (importing content/file-stats.ts cost it 30 MB).
 */

/** The record of the notice files' stats and digests (content/file-stats.ts). */
export const FILE_STATS = 'notice-files.json';
