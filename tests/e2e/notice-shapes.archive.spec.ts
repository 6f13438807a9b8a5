import { expect, test, type APIRequestContext } from '@playwright/test';

/**
 * The shapes of notice the first one never had, as readers get them: on
 * the generated test archive (npm run build:archive), which holds each.
 */
interface Record {
  id: string;
  url: string;
  title: string;
  team: { name: string; leader?: string };
  unit: string;
  otherUnits: { name: string }[];
  period: { start: string; end?: string; duration?: string };
  meeting?: unknown;
  scope?: unknown;
  release?: string;
  supervision?: { numbers: string[] }[];
  channels: { type: string; number?: string; numbers?: string[]; hours?: { words?: string } }[];
}

/** The arrivals of the archive: the shapes below are an arrival's. */
async function notices(request: APIRequestContext): Promise<Record[]> {
  return ((await (await request.get('/notices.json')).json()) as (Record & { kind: string })[]).filter(
    (n) => n.kind === 'arrival',
  );
}

const path = (notice: Record) => `/notices/${notice.id}/`;

test('an announcement without a meeting shows no meeting, leader or scope, and no empty words, on screen and in print', async ({
  page,
  request,
}) => {
  const notice = (await notices(request)).find((n) => !n.meeting && !n.team.leader && !n.scope)!;
  expect(notice).toBeDefined();
  await page.goto(path(notice));
  await expect(page.locator('#meeting')).toHaveCount(0);
  await expect(page.locator('#scope')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: '本页目录' }).getByRole('link')).toHaveText([
    '联系方式',
    '通知全文',
  ]);
  await expect(page.locator('.summary dt')).not.toContainText(['组长']);
  // Every unit it inspects, in the summary, since no meeting section lists them.
  for (const name of [notice.unit, ...notice.otherUnits.map((unit) => unit.name)])
    await expect(page.locator('.summary')).toContainText(name);
  for (const media of ['screen', 'print'] as const) {
    await page.emulateMedia({ media });
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/undefined|null|NaN|受理范围/);
  }
});

test('a mobile that takes calls and texts is linked to call and to text; an SMS-only one never to call', async ({
  page,
  request,
}) => {
  const all = await notices(request);
  const notice = all.find((n) => n.channels.some((channel) => channel.type === 'mobile'))!;
  const mobile = notice.channels.find((channel) => channel.type === 'mobile')!;
  await page.goto(path(notice));
  const item = page.locator('[data-channel="mobile"]');
  await expect(item.locator('a[href^="tel:"]')).toHaveText(mobile.number!);
  await expect(item.locator('a[href^="sms:"]')).toHaveText('发短信');
  // Its name starts with what it shows, and names the number the word stands for.
  await expect(item.locator('a[href^="sms:"]')).toHaveAccessibleName(`发短信 ${mobile.number}`);
  await expect(item).toContainText('可打电话，也可发短信');
  const texts = all.find((n) => n.channels.some((channel) => channel.type === 'sms'))!;
  await page.goto(path(texts));
  await expect(page.locator('[data-channel="sms"] a[href^="tel:"]')).toHaveCount(0);
  // In the contact file too: a mobile for calls and messages.
  const card = await (await request.get(`/notices/${notice.id}.vcf`)).text();
  expect(card).toMatch(/^TEL;TYPE=CELL,VOICE,MSG:\+86/m);
});

test('hours in words are quoted, and no staffed-now state is claimed from them', async ({
  page,
  request,
}) => {
  const notice = (await notices(request)).find((n) => n.channels[0]?.hours?.words)!;
  await page.goto(path(notice));
  const phone = page.locator('[data-channel="phone"]');
  await expect(phone).toContainText(`受理时间：${notice.channels[0]!.hours!.words}`);
  await expect(phone).not.toContainText('北京时间');
  await expect(phone.locator('live-state')).toHaveCount(0);
});

test('the supervision phone stands apart from the ways to report', async ({ page, request }) => {
  const notice = (await notices(request)).find((n) => n.supervision?.length)!;
  await page.goto(path(notice));
  const number = notice.supervision![0]!.numbers[0]!;
  await expect(page.locator('.supervision')).toContainText('监督电话');
  await expect(page.locator('.supervision a[href^="tel:"]')).toHaveText(number);
  await expect(page.locator('.channels')).not.toContainText(number);
});

test('the notices of one release link each other', async ({ page, request }) => {
  const all = await notices(request);
  const notice = all.find((n) => n.release && all.some((o) => o !== n && o.release === n.release))!;
  const others = all.filter((o) => o !== notice && o.release === notice.release);
  await page.goto(path(notice));
  const related = page.getByRole('navigation', { name: '相关公告' });
  await expect(related).toContainText('同一次发布的其他公告');
  for (const other of others) {
    const link = related.locator(`a[href="${path(other)}"]`);
    await expect(link).toHaveText(other.team.name);
    await expect(link.locator('xpath=..')).toContainText(`（${other.unit}）`);
  }
});

test('a period without an end gives its length in words, claims no state, and a calendar of its first day', async ({
  page,
  request,
}) => {
  const notice = (await notices(request)).find((n) => !n.period.end && n.period.duration)!;
  await page.goto(path(notice));
  await expect(page.locator('.summary')).toContainText(`起，为期${notice.period.duration}`);
  await expect(page.locator('.summary live-state')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '把巡视开始日加入日历（.ics）' })).toBeVisible();
  const calendar = await (await request.get(`/notices/${notice.id}.ics`)).text();
  const day = notice.period.start.replaceAll('-', '');
  expect(calendar).toContain(`DTSTART;VALUE=DATE:${day}`);
  expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(1);
});
