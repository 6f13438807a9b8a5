import { expect, test } from '@playwright/test';
import { pagesOf, pdfInfo, printToPdf, qrTexts, squeeze } from '../helpers/print.ts';
import { textSizes } from '../helpers/sheets.ts';

const NOTICE = '/notices/2018-hebei-9-zhangjiakou/';
const CANONICAL = 'https://site-url-not-set.invalid/notices/2018-hebei-9-zhangjiakou/';
const PHONE = '0313-2568718';

test.describe('the poster for a notice board', () => {
  test('prints on exactly one A4 page with the team, the unit, the period, the phone and every channel', async ({
    page,
  }, testInfo) => {
    const pdf = await printToPdf(page, `${NOTICE}poster/`, testInfo.outputPath('poster.pdf'));
    expect(pdfInfo(pdf)).toEqual({ pages: 1, a4: true });
    const text = squeeze(pagesOf(pdf).join(''));
    for (const value of [
      '河北省委第九巡视组',
      '张家口市',
      '2018年7月21日至9月30日',
      PHONE,
      '每天8:00至20:00',
      '张家口018信箱',
      '18830681009',
      'hbswxsz09@hebei.gov.cn',
      CANONICAL,
    ])
      expect(text).toContain(squeeze(value));
    // Nothing of the screen: no buttons, no navigation.
    for (const label of ['打印本页', '返回公告', '跳到正文', '无障碍说明']) expect(text).not.toContain(label);
  });

  test('on paper the duty phone is the largest text, about 16 mm tall, legible from two metres', async ({
    page,
  }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${NOTICE}poster/`);
    const sizes = await textSizes(page);
    const phone = sizes.find((item) => item.text === PHONE)!;
    const others = sizes.filter((item) => item.text !== PHONE);
    expect(phone.size).toBeGreaterThan(Math.max(...others.map((item) => item.size)));
    // 60 pt is 80 px at 96 px an inch: digits about 15 mm tall; 5 mm is legible from about 2 m.
    expect(phone.size).toBeGreaterThanOrEqual(80);
  });

  test('its QR code leads to the notice’s page', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${NOTICE}poster/`);
    expect(await qrTexts(page.locator('.poster .qr img'))).toEqual([CANONICAL]);
  });

  test('the notice page links to its poster and its cards', async ({ page }) => {
    await page.goto(NOTICE);
    await page.getByRole('link', { name: '张贴海报' }).click();
    await expect(page).toHaveURL(/\/poster\/$/);
    await page.getByRole('link', { name: /返回公告/ }).click();
    await page.getByRole('link', { name: '联系卡' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('河北省委第九巡视组联系卡');
  });
});

test.describe('the sheet of contact cards', () => {
  test('prints on exactly one A4 page of eight cards, each with the team, the phone and its hours, the e-mail and the box', async ({
    page,
  }, testInfo) => {
    const pdf = await printToPdf(page, `${NOTICE}card/`, testInfo.outputPath('card.pdf'));
    expect(pdfInfo(pdf)).toEqual({ pages: 1, a4: true });
    const text = squeeze(pagesOf(pdf).join(''));
    for (const value of [
      PHONE,
      '河北省委第九巡视组',
      '每天8:00至20:00',
      'hbswxsz09@hebei.gov.cn',
      '张家口018信箱',
    ])
      expect(text.split(squeeze(value)).length - 1, value).toBe(8);
    expect(text).toContain('沿虚线剪下');
  });

  test('on paper every card shows the phone and a QR code, within its cut lines', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${NOTICE}card/`);
    const cards = page.locator('.card');
    await expect(cards).toHaveCount(8);
    for (const card of await cards.all()) {
      await expect(card).toBeVisible();
      await expect(card.locator('.number')).toHaveText(PHONE);
      await expect(card).toHaveCSS('border-bottom-style', 'dashed');
      // Nothing runs past the card's edge, where the scissors go.
      const overflow = await card.evaluate((element) => element.scrollHeight - element.clientHeight);
      expect(overflow).toBeLessThanOrEqual(1);
    }
    expect(await qrTexts(cards.first().locator('.qr'))).toEqual([CANONICAL]);
  });

  test('on screen one card is shown and the copies are hidden from screen readers', async ({ page }) => {
    await page.goto(`${NOTICE}card/`);
    await expect(page.locator('.card:visible')).toHaveCount(1);
    await expect(page.locator('.card[aria-hidden="true"]')).toHaveCount(7);
  });
});
