/**
 * What a reader's first search costs: on the search page of a served site,
 * in Chromium, the requests and bytes from pressing Enter to the first
 * result on screen (or to the message that nothing was found).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export interface SearchCost {
  query: string;
  requests: number;
  /** Bytes as transferred: headers and (possibly compressed) bodies. */
  bytes: number;
  ms: number;
  /** The page's own words: how many notices it found. */
  status: string;
}

const CHROMIUM =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Each query in a fresh browser context (an empty cache), typed into /search/ and sent with Enter. */
export async function firstSearchCost(origin: string, queries: readonly string[]): Promise<SearchCost[]> {
  const browser = await chromium.launch({
    ...(CHROMIUM ? { executablePath: CHROMIUM } : {}),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const costs: SearchCost[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL('/search/', origin).href, { waitUntil: 'networkidle' });
      const sizes: Promise<number>[] = [];
      let counting = false;
      page.on('requestfinished', (request) => {
        if (counting)
          sizes.push(request.sizes().then((size) => size.responseHeadersSize + size.responseBodySize));
      });
      await page.fill('#q', query);
      counting = true;
      const started = performance.now();
      await page.press('#q', 'Enter');
      await page.waitForFunction(
        () => {
          const status = document.querySelector('notice-search .status')?.textContent ?? '';
          return (
            document.querySelector('notice-search .results li') !== null || /没有找到|无法使用/.test(status)
          );
        },
        null,
        { timeout: 60_000, polling: 'raf' },
      );
      const ms = performance.now() - started;
      counting = false;
      const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
      const status = (await page.textContent('notice-search .status')) ?? '';
      costs.push({ query, requests: sizes.length, bytes, ms, status });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return costs;
}
