import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/**
 * A notice with a photo, a <Figure>, an <Attachment> and an expression
 * (tests/fixtures/rich/, in the test archive), as a reader gets it on a
 * phone, on a screen and on paper; and the generated notices that carry
 * photos and components.
 */
const RICH = '/notices/2026-fengxi-3-nongye/';
const PHOTO = 'tests/fixtures/rich/2026-fengxi-3-nongye/dongyuanhui.jpg';
const ATTACHMENT = 'tests/fixtures/rich/2026-fengxi-3-nongye/yilanbiao.pdf';
/** The original photo is 2,400 × 1,600. */
const ORIGINAL_WIDTH = 2400;

/** The bytes of every response while `page` opens `path` and stays on its first view, by path. */
async function firstView(page: Page, path: string): Promise<Map<string, number>> {
  const loaded = new Map<string, number>();
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    loaded.set(new URL(response.url()).pathname, body.length);
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return loaded;
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });

  test('the photo is WebP in widths up to 1,600 px, sized, described and lazy; its caption below it', async ({
    page,
  }) => {
    await page.goto(RICH);
    const figure = page.locator('#full-text figure');
    const photo = figure.locator('img');
    await expect(photo).toHaveAttribute('alt', '会议室里坐满了参会人员，前方横幅写着动员会的名称');
    await expect(photo).toHaveAttribute('loading', 'lazy');
    await expect(photo).toHaveAttribute('decoding', 'async');
    await expect(photo).toHaveAttribute('width', '1600');
    await expect(photo).toHaveAttribute('height', '1067');
    await expect(figure.locator('figcaption')).toHaveText('巡察工作动员会现场');
    const srcset = (await photo.getAttribute('srcset'))!;
    const widths = srcset.split(',').map((candidate) => Number(/ (\d+)w$/.exec(candidate.trim())![1]));
    expect(widths).toEqual([400, 800, 1200, 1600]);
    expect(Math.max(...widths)).toBeLessThan(ORIGINAL_WIDTH);
    expect(srcset).toMatch(/^\/_astro\/[^ ]+\.webp 400w/);

    await photo.scrollIntoViewIfNeeded();
    await expect
      .poll(() => photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
      .toBeTruthy();
    const shown = await photo.evaluate((image: HTMLImageElement) => ({
      src: image.currentSrc,
      width: image.getBoundingClientRect().width,
      height: image.getBoundingClientRect().height,
    }));
    // 358 CSS pixels at two device pixels each: the 800 px file, no larger.
    expect(shown.src).toMatch(/\.webp$/);
    expect(srcset).toContain(`${new URL(shown.src).pathname} 800w`);
    expect(shown.width).toBeLessThanOrEqual(390);
    expect(shown.height / shown.width).toBeCloseTo(1600 / 2400, 2);
    const response = await page.request.get(shown.src);
    expect(response.headers()['content-type']).toBe('image/webp');
    console.log(
      `photo at 390 px, 2x: ${new URL(shown.src).pathname} ${(await response.body()).length} bytes`,
    );
  });

  test('the first view of a notice with one photo loads at most 60 KB of the photo', async ({ page }) => {
    const loaded = await firstView(page, RICH);
    const images = [...loaded].filter(([path]) => /\.(webp|jpe?g|png|avif)$/.test(path));
    const total = [...loaded.values()].reduce((sum, bytes) => sum + bytes, 0);
    console.log(`first view of ${RICH} at 390 px: ${total} bytes, of which images ${JSON.stringify(images)}`);
    expect(images.reduce((sum, [, bytes]) => sum + bytes, 0)).toBeLessThanOrEqual(60 * 1024);
  });

  test('the attachment says what it is and how large, and its link gives the file beside the notice', async ({
    page,
  }) => {
    await page.goto(RICH);
    const link = page.locator('#full-text a.attachment');
    await expect(link).toHaveText('附件：进驻情况及联系方式一览表（PDF，1 KB）');
    await expect(link).toHaveAttribute('href', '/attachments/2026-fengxi-3-nongye/yilanbiao.pdf');
    const box = await link.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    const response = await page.request.get('/attachments/2026-fengxi-3-nongye/yilanbiao.pdf');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect(Buffer.compare(await response.body(), readFileSync(ATTACHMENT))).toBe(0);
  });
});

test('an expression shows the front-matter field, and a comment shows nothing', async ({ page }) => {
  await page.goto(RICH);
  const text = page.locator('#full-text');
  await expect(text).toContainText('3月9日，枫溪县委第三巡察组巡察枫溪县农业农村局党组工作动员会召开。');
  await expect(text).not.toContainText('frontmatter');
  await expect(text).not.toContainText('以上联系方式与一览表一致');
});

test('printed, the photo is on the paper, at most 90 mm high and in one piece, with its caption and the attachment', async ({
  page,
}, testInfo) => {
  await page.addInitScript(() => {
    window.print = () => document.body.setAttribute('data-printed', '');
  });
  await page.goto(RICH);
  // The print button loads the photos the reader has not scrolled to, then prints.
  await page.getByRole('button', { name: '打印本页' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '');
  const photo = page.locator('#full-text figure img');
  expect(await photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(
    true,
  );
  await page.emulateMedia({ media: 'print' });
  const height = await photo.evaluate((image) => image.getBoundingClientRect().height);
  // 90 mm at 96 CSS pixels to the inch.
  expect(height).toBeLessThanOrEqual((90 / 25.4) * 96 + 0.5);
  expect(
    await page.locator('#full-text figure').evaluate((figure) => getComputedStyle(figure).breakInside),
  ).toBe('avoid');
  const pdf = testInfo.outputPath('rich.pdf');
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
  const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
  // The photo, and no other picture (the QR code is drawn, not an image).
  expect(images).toHaveLength(1);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('巡察工作动员会现场');
  expect(text).toContain('附件：进驻情况及联系方式一览表（PDF，1KB）');
});

test('the notice’s open data lists its photo and its attachment, and search finds it by its caption', async ({
  page,
  request,
}) => {
  const record = await (await request.get('/notices/2026-fengxi-3-nongye.json')).json();
  expect(record.photos).toEqual([
    { alt: '会议室里坐满了参会人员，前方横幅写着动员会的名称', caption: '巡察工作动员会现场' },
  ]);
  expect(record.attachments).toEqual([
    {
      title: '进驻情况及联系方式一览表',
      url: expect.stringMatching(/\/attachments\/2026-fengxi-3-nongye\/yilanbiao\.pdf$/),
      type: 'PDF',
      bytes: readFileSync(ATTACHMENT).length,
    },
  ]);
  expect(readFileSync(PHOTO).length).toBeGreaterThan(100_000);
  await page.goto('/search/');
  await page.getByLabel('地名、巡视组、人名或联系方式').fill('横幅');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.locator('notice-search .status')).toContainText('找到');
  await expect(page.locator(`notice-search .results a[href="${RICH}"]`)).toHaveCount(1);
});

test('every generated notice with a photo or the components renders them: WebP photos, attachments with sizes', async ({
  page,
  request,
}) => {
  const all: { id: string; photos?: unknown[]; attachments?: { url: string }[] }[] = await (
    await request.get('/notices.json')
  ).json();
  const generated = all.filter((notice) => /^g\d+-/.test(notice.id));
  const withPhotos = generated.filter((notice) => notice.photos);
  const withAttachments = generated.filter((notice) => notice.attachments);
  expect(withPhotos.length).toBeGreaterThan(5);
  expect(withAttachments.length).toBeGreaterThan(5);
  for (const notice of [withPhotos[0]!, withAttachments[0]!]) {
    await page.goto(`/notices/${notice.id}/`);
    const text = page.locator('#full-text');
    if (notice.photos) await expect(text.locator('img')).toHaveAttribute('srcset', /\.webp 400w/);
    if (notice.attachments) {
      await expect(text.locator('a.attachment')).toHaveText(
        /^附件：进驻情况及联系方式一览表（PDF，\d+ KB）$/,
      );
      expect((await request.get(new URL(notice.attachments[0]!.url).pathname)).status()).toBe(200);
    }
  }
});
