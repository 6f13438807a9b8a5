import type { Page } from '@playwright/test';

/** Every element that shows text of its own on the page as laid out now, with its font size in px. */
export async function textSizes(page: Page): Promise<{ text: string; size: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter(
        (element) =>
          element.getClientRects().length > 0 &&
          [...element.childNodes].some(
            (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
          ),
      )
      .map((element) => ({
        text: (element.textContent ?? '').trim(),
        size: parseFloat(getComputedStyle(element).fontSize),
      })),
  );
}
