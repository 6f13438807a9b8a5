import { expect, test, type APIRequestContext } from '@playwright/test';
import { pdfInfo, printToPdf } from '../helpers/print.ts';
import { textSizes } from '../helpers/sheets.ts';

interface Record {
  id: string;
  team: { name: string };
  unit: string;
  otherUnits?: { name: string }[];
  period?: unknown;
  channels?: ({ type: string; numbers?: string[]; number?: string } & object)[];
}

/** The stays whose posters and cards hold the most: by channels, by their words, by numbers, by names. */
async function worstCases(request: APIRequestContext): Promise<Record[]> {
  const all = (await (await request.get('/notices.json')).json()) as Record[];
  const stays = all.filter((record) => record.period && record.channels?.length);
  const most = (measure: (record: Record) => number) =>
    stays.reduce((best, record) => (measure(record) > measure(best) ? record : best));
  const picks = [
    most((record) => record.channels!.length),
    most((record) => JSON.stringify(record.channels).length),
    most((record) => Math.max(...record.channels!.map((channel) => channel.numbers?.length ?? 0))),
    most(
      (record) =>
        [record.team.name, record.unit, ...(record.otherUnits ?? []).map((u) => u.name)].join('').length,
    ),
  ];
  return [...new Map(picks.map((record) => [record.id, record])).values()];
}

/** The first duty phone's numbers, as the poster and the cards lead with them. */
function numbersOf(record: Record): string[] {
  const channel = record.channels!.find((c) => c.type === 'phone' || c.type === 'mobile')!;
  return channel.numbers ?? [channel.number!];
}

const phoneOf = (record: Record) => numbersOf(record)[0]!;

test('the fullest notices’ posters each print on one A4 page, the duty phone the largest text', async ({
  page,
  request,
}, testInfo) => {
  const cases = await worstCases(request);
  // The invented notice with every channel at its longest is among them.
  expect(cases.map((record) => record.id)).toContain('2024-fengxi-5-jiaotong');
  for (const record of cases) {
    const path = `/notices/${record.id}/poster/`;
    const pdf = await printToPdf(page, path, testInfo.outputPath(`${record.id}-poster.pdf`));
    expect(pdfInfo(pdf), path).toEqual({ pages: 1, a4: true });
    await page.emulateMedia({ media: 'print' });
    await page.goto(path);
    const sizes = await textSizes(page);
    const phone = sizes.find((item) => item.text === phoneOf(record))!;
    // Its other numbers share its size; nothing else comes near.
    const others = sizes.filter((item) => !numbersOf(record).includes(item.text));
    const largest = Math.max(...others.map((item) => item.size));
    expect(phone.size, path).toBeGreaterThan(largest);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the fullest notices’ contact cards each print on one A4 page, nothing past a card’s edge', async ({
  page,
  request,
}, testInfo) => {
  for (const record of await worstCases(request)) {
    const path = `/notices/${record.id}/card/`;
    const pdf = await printToPdf(page, path, testInfo.outputPath(`${record.id}-card.pdf`));
    expect(pdfInfo(pdf), path).toEqual({ pages: 1, a4: true });
    await page.emulateMedia({ media: 'print' });
    await page.goto(path);
    const cards = await page.locator('.card').all();
    expect(cards).toHaveLength(8);
    for (const card of cards) {
      await expect(card.locator('.number').first()).toHaveText(phoneOf(record));
      expect(
        await card.evaluate((element) => element.scrollHeight - element.clientHeight),
        path,
      ).toBeLessThanOrEqual(1);
    }
    await page.emulateMedia({ media: 'screen' });
  }
});
