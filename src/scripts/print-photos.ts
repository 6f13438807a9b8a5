/**
 * A photo of the text loads only when the reader scrolls near it, and one
 * not loaded yet prints as a blank. Before printing, every one is loaded:
 * the print button waits for them, and the browser's own print command asks
 * for them (beforeprint) and prints those that arrive in time.
 */

/** Loads every lazy image of `root` now; resolves when each has loaded or failed. */
export async function loadLazyImages(root: ParentNode = document): Promise<void> {
  const lazy = [...root.querySelectorAll<HTMLImageElement>('img[loading="lazy"]')];
  for (const image of lazy) image.loading = 'eager';
  await Promise.all(lazy.map((image) => image.decode().catch(() => undefined)));
}

addEventListener('beforeprint', () => void loadLazyImages());
