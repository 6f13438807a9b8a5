import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SEED_CONTACT_TEXTS } from '../helpers/notices.ts';
import { pagesOf, pdfInfo, printToPdf, qrTexts, squeeze } from '../helpers/print.ts';

const NOTICE = '/notices/2018-hebei-9-zhangjiakou/';
const CANONICAL = 'https://site-url-not-set.invalid/notices/2018-hebei-9-zhangjiakou/';

test.describe('the printed notice', () => {
  let pdf: string;
  let pages: string[];

  test.beforeEach(async ({ page }, testInfo) => {
    pdf = await printToPdf(page, NOTICE, testInfo.outputPath('notice.pdf'));
    pages = pagesOf(pdf);
  });

  test('fits on at most three A4 pages', () => {
    const { pages: count, a4 } = pdfInfo(pdf);
    expect(a4).toBe(true);
    console.log(`printed notice: ${count} A4 pages`);
    expect(count).toBeLessThanOrEqual(3);
    expect(pages).toHaveLength(count);
  });

  test('carries every contact value, the period and the canonical address', () => {
    const text = squeeze(pages.join(''));
    for (const value of [
      '省委第九巡视组巡视张家口市工作动员会召开',
      '发布日期：2018年7月21日',
      '2018年7月21日至9月30日',
      ...SEED_CONTACT_TEXTS,
      CANONICAL,
    ]) {
      expect(text).toContain(squeeze(value));
    }
  });

  test('prints the three sections and the full text, but no buttons or navigation', () => {
    const text = squeeze(pages.join(''));
    for (const heading of ['动员会', '巡视内容', '联系方式', '通知全文']) expect(text).toContain(heading);
    expect(text).toContain('转交被巡视地方和有关部门认真处理。');
    for (const label of [
      '复制',
      '打印本页',
      '保存为手机联系人',
      '加入日历',
      '查看全部联系方式',
      '跳到正文',
      '全部公告',
    ]) {
      expect(text).not.toContain(label);
    }
  });

  test('keeps the channel block whole on one page', () => {
    // Phrases only the channel block prints (the full text states the values too).
    const block = [
      '受理时间：每天8:00至20:00（北京时间）',
      '邮编075000',
      '只接收短信，不接听电话。',
      '设在以下3处：',
    ];
    const holding = pages.map(squeeze).filter((page) => block.every((phrase) => page.includes(phrase)));
    expect(holding).toHaveLength(1);
  });

  test('looks as it did when last approved, page by page', async ({}, testInfo) => {
    const prefix = testInfo.outputPath('page');
    execFileSync('pdftoppm', ['-r', '50', '-png', pdf, prefix]);
    const images = readdirSync(testInfo.outputDir)
      .filter((name) => name.startsWith('page-') && name.endsWith('.png'))
      .sort();
    expect(images).toHaveLength(pages.length);
    for (const [index, name] of images.entries()) {
      await testInfo.attach(name, { path: join(testInfo.outputDir, name), contentType: 'image/png' });
      expect(readFileSync(join(testInfo.outputDir, name))).toMatchSnapshot(`notice-page-${index + 1}.png`, {
        maxDiffPixelRatio: 0.01,
      });
    }
  });
});

test('the printed QR code leads back to the notice’s canonical address', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(NOTICE);
  expect(await qrTexts(page.locator('.print-footer .qr svg'))).toEqual([CANONICAL]);
});

test('the print footer is not shown on screen', async ({ page }) => {
  await page.goto(NOTICE);
  await expect(page.locator('.print-footer')).toBeHidden();
});

test('the print button opens the print dialog and is hidden on paper', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.body.setAttribute('data-printed', '');
  });
  await page.goto(NOTICE);
  await page.getByRole('button', { name: '打印本页' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '打印本页' })).toBeHidden();
});

test('the home page prints as a list of notices with their periods and addresses', async ({
  page,
}, testInfo) => {
  const pdf = await printToPdf(page, '/', testInfo.outputPath('home.pdf'));
  const text = squeeze(pagesOf(pdf).join(''));
  expect(text).toContain('河北省委第九巡视组→张家口市');
  expect(text).toContain('2018年7月21日至9月30日');
  expect(text).toContain(CANONICAL);
  for (const chrome of ['跳到正文', '正在受理反映', '本站转载']) expect(text).not.toContain(chrome);
});

test('the how-to-report page prints its fraud warning whole, with every section, and no navigation', async ({
  page,
}, testInfo) => {
  const pdf = await printToPdf(page, '/how-to-report/', testInfo.outputPath('how-to-report.pdf'));
  const pages = pagesOf(pdf);
  expect(pages.length).toBeLessThanOrEqual(2);
  // The warning is what a reader must not miss: on one sheet, never split.
  const warning = pages.filter((sheet) => /谨防冒充巡视组诈骗|立即挂断/.test(squeeze(sheet)));
  expect(warning).toHaveLength(1);
  expect(squeeze(warning[0]!)).toContain('从不索要钱款');
  const text = squeeze(pages.join(''));
  for (const heading of ['巡视组受理什么', '反映时写清楚什么', '实名和匿名', '反映之后', '如何核对号码'])
    expect(text).toContain(heading);
  for (const chrome of ['跳到正文', '查找你所在地方的公告', '本站转载']) expect(text).not.toContain(chrome);
});

test('the accessibility statement prints whole, without the site’s navigation or footer', async ({
  page,
}, testInfo) => {
  const pdf = await printToPdf(page, '/accessibility/', testInfo.outputPath('accessibility.pdf'));
  const pages = pagesOf(pdf);
  expect(pages.length).toBeLessThanOrEqual(2);
  const text = squeeze(pages.join(''));
  for (const words of ['WCAG）2.2AA级', '已知的不足', '反映使用障碍', '本说明更新于'])
    expect(text).toContain(words);
  expect(text).not.toContain('本站转载');
});
