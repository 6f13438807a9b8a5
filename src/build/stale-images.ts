/**
 * The photos of the last build that this one no longer uses. The output
 * folder outlives a build (run.ts keeps it), and Astro writes the images of
 * the pages it renders and keeps those of the pages it keeps, but never
 * deletes one: a replaced photo, or one of a withdrawn notice, would stay
 * published. Astro's incremental build records, for every page, the images
 * it uses; every image in _astro/ that no page records goes.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonFile } from '../util/json-file.ts';

/** Astro's record of its incremental build, in its cache folder. */
export const INCREMENTAL_RECORD = 'incremental-build.json';

/** What a page records of an image: the optimized file, and the copy of the original it is made from. */
interface RecordedImage {
  originalPath?: string;
  finalPath?: string;
}

interface IncrementalRecord {
  routes?: Record<string, { paths?: Record<string, { staticImages?: RecordedImage[] }> }>;
}

const IMAGE = /\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i;

/** The images every page of the build in `cacheDir` uses, as paths of the site ("/_astro/x.webp"); undefined without a record. */
export function imagesInUse(cacheDir: string): Set<string> | undefined {
  const record = readJsonFile(join(cacheDir, INCREMENTAL_RECORD)) as IncrementalRecord | undefined;
  if (!record?.routes) return undefined;
  const used = new Set<string>();
  for (const route of Object.values(record.routes))
    for (const path of Object.values(route.paths ?? {}))
      for (const image of path.staticImages ?? []) {
        if (image.finalPath) used.add(image.finalPath);
        if (image.originalPath) used.add(image.originalPath);
      }
  return used;
}

/** Removes the images in `outDir`/_astro/ that no page of the build uses; returns how many. */
export function removeStaleImages(outDir: string, cacheDir: string): number {
  const folder = join(outDir, '_astro');
  const used = imagesInUse(cacheDir);
  // Without Astro's record nothing is known to be stale: nothing goes.
  if (!used || !existsSync(folder)) return 0;
  let removed = 0;
  for (const name of readdirSync(folder, { withFileTypes: true })) {
    if (!name.isFile() || !IMAGE.test(name.name) || used.has(`/_astro/${name.name}`)) continue;
    rmSync(join(folder, name.name));
    removed++;
  }
  return removed;
}
