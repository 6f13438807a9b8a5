import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

/** Prints the page to an A4 PDF the way the browser's print dialog would. */
export async function printToPdf(page: Page, path: string, file: string): Promise<string> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  return file;
}

/** The text of each printed page (poppler's pdftotext separates pages with form feeds). */
export function pagesOf(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page) => page.trim() !== '');
}

/** pdfinfo's page count and whether the pages are A4. */
export function pdfInfo(pdf: string): { pages: number; a4: boolean } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    a4: /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/.test(info),
  };
}

/** pdftotext keeps the layout's line breaks and spaces; values are found in the text without them. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The texts of the QR codes in a screenshot of `target`. */
export async function qrTexts(target: Locator): Promise<string[]> {
  const image = await target.screenshot();
  prepareZXingModule({
    overrides: {
      wasmBinary: readFileSync(fileURLToPath(import.meta.resolve('zxing-wasm/reader/zxing_reader.wasm'))),
    },
  });
  return (await readBarcodes(new Uint8Array(image), { formats: ['QRCode'] })).map((code) => code.text);
}
