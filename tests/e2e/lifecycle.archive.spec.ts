import { execFileSync } from 'node:child_process';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * The whole life of an inspection in the test archive (npm run build:archive):
 * generated inspections of every stage, their rounds, and a handwritten
 * arrival whose period is still to come (tests/fixtures/rich/2099-…).
 */
interface Record {
  id: string;
  kind: string;
  inspection: string;
  title: string;
  team: { name: string };
  unit: string;
  otherUnits?: { name: string }[];
  round?: string;
  period?: { start: string; end?: string };
}

interface RoundRecord {
  name: string;
  url: string;
  rows: { team: string; units: string[]; phones: string[]; email?: string; notice: string }[];
}

const FUTURE = '/notices/2099-fengxi-2-linye/';

async function records(request: APIRequestContext): Promise<Record[]> {
  return (await request.get('/notices.json')).json();
}

/** The inspections of two or more notices, by id. */
function linked(all: Record[]): Map<string, Record[]> {
  const groups = new Map<string, Record[]>();
  for (const record of all) groups.set(record.inspection, [...(groups.get(record.inspection) ?? []), record]);
  return new Map([...groups].filter(([, group]) => group.length > 1));
}

/** The notice links of a page's inspection timeline, from its HTML. */
function timelineLinks(html: string): string[] {
  const start = html.indexOf('<section class="timeline');
  if (start < 0) return [];
  const section = html.slice(start, html.indexOf('</section>', start));
  return [...section.matchAll(/href="\/notices\/([^/"]+)\/"/g)].map((match) => match[1]!);
}

test('the open data holds every kind, and ten or more inspections of several notices, each page linking every other', async ({
  request,
}) => {
  const all = await records(request);
  expect(new Set(all.map((record) => record.kind))).toEqual(
    new Set(['arrival', 'feedback', 'rectification', 'review', 'withdrawal']),
  );
  const groups = linked(all);
  expect(groups.size).toBeGreaterThanOrEqual(10);
  for (const [id, group] of groups) {
    // The inspection is named by its arrival, which is one of its notices.
    expect(group.find((record) => record.id === id)?.kind).toBe('arrival');
    for (const record of group) {
      const html = await (await request.get(`/notices/${record.id}/`)).text();
      expect(timelineLinks(html).sort(), record.id).toEqual(group.map((other) => other.id).sort());
    }
  }
});

test('the JSON-LD of every notice of an inspection names the same series, each with its stage', async ({
  request,
}) => {
  const group = [...linked(await records(request)).values()].find((notices) => notices.length >= 4)!;
  const series = new Set<string>();
  const sections = new Set<string>();
  for (const record of group) {
    const html = await (await request.get(`/notices/${record.id}/`)).text();
    const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    const article = json['@graph'].find((node: { '@type': string }) => node['@type'] === 'Article');
    series.add(article.isPartOf['@id']);
    sections.add(article.articleSection);
  }
  expect([...series]).toEqual([
    `${new URL(`/notices/${group[0]!.inspection}/`, 'https://site-url-not-set.invalid').href}#inspection`,
  ]);
  expect(sections.size).toBe(new Set(group.map((record) => record.kind)).size);
});

test('a search for a stage finds its notice: the feedback by its headline', async ({ page, request }) => {
  const feedback = (await records(request)).find((record) => record.kind === 'feedback')!;
  await page.goto('/search/');
  await page.getByLabel('地名、巡视组、人名或联系方式').fill(feedback.title);
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.locator('notice-search .results li').first().getByRole('link')).toHaveAttribute(
    'href',
    `/notices/${feedback.id}/`,
  );
});

test('every record of every kind validates against the published JSON Schema', async ({ request }) => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(await (await request.get('/notices.schema.json')).json());
  for (const record of await records(request))
    expect(validate(record), `${record.id} ${JSON.stringify(validate.errors)}`).toBe(true);
  // A feedback is not an arrival: without its facts it is refused.
  const feedback = (await records(request)).find((record) => record.kind === 'feedback')!;
  expect(validate({ ...feedback, feedback: undefined })).toBe(false);
});

test('each round page lists every team and unit of its round, as its open data does', async ({ request }) => {
  const all = await records(request);
  const published: RoundRecord[] = await (await request.get('/rounds.json')).json();
  const stays = all.filter((record) => record.round && record.period);
  expect(published.map((round) => round.name).sort()).toEqual(
    [...new Set(stays.map((record) => record.round!))].sort(),
  );
  for (const round of published) {
    const members = stays.filter((record) => record.round === round.name);
    expect(round.rows).toHaveLength(members.length);
    const html = await (await request.get(new URL(round.url).pathname)).text();
    for (const member of members) {
      expect(html, round.name).toContain(member.team.name);
      for (const unit of [member.unit, ...(member.otherUnits ?? []).map((other) => other.name)])
        expect(html, round.name).toContain(unit);
    }
  }
});

test("a notice's timeline reads each stage with its day, this page marked and the latest said so", async ({
  page,
  request,
}) => {
  const group = [...linked(await records(request)).values()].find((notices) => notices.length >= 4)!;
  const feedback = group.find((record) => record.kind === 'feedback')!;
  await page.goto(`/notices/${feedback.id}/`);
  const timeline = page.getByRole('region', { name: /^本次巡[视察]的全部公告$/ });
  const stages = timeline.getByRole('listitem');
  await expect(stages).toHaveCount(group.length);
  await expect(stages.first()).toContainText('进驻');
  await expect(timeline.locator('[aria-current="page"]')).toHaveText(feedback.title);
  await expect(stages.filter({ hasText: '（本页）' })).toContainText('反馈');
  await expect(stages.last()).toContainText('（最新）');
  // Every other stage is a link to its notice.
  await stages.filter({ hasText: '整改' }).getByRole('link').click();
  await expect(page.locator('h1')).toHaveText(group.find((record) => record.kind === 'rectification')!.title);
});

test('a unit’s page shows its inspections as timelines, and a team’s page its rounds', async ({
  page,
  request,
}) => {
  const group = [...linked(await records(request)).values()][0]!;
  const arrival = group.find((record) => record.kind === 'arrival')!;
  await page.goto(`/units/${encodeURIComponent(arrival.unit)}/`);
  const inspections = page.getByRole('region', { name: '历次巡视巡察' });
  await expect(inspections.getByRole('link', { name: arrival.title }).first()).toBeVisible();
  await page.goto(`/teams/${encodeURIComponent(arrival.team.name)}/`);
  await page.getByRole('region', { name: '参加的轮次' }).getByRole('link', { name: arrival.round! }).click();
  await expect(page.getByRole('table')).toContainText(arrival.unit);
});

test.describe('a round’s table', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  async function widest(request: APIRequestContext): Promise<RoundRecord> {
    const published: RoundRecord[] = await (await request.get('/rounds.json')).json();
    return published.reduce((most, round) => (round.rows.length > most.rows.length ? round : most));
  }

  test('at 360 px is a real table, scrolled inside its own region, the page itself never wider', async ({
    page,
    request,
  }) => {
    const round = await widest(request);
    await page.goto(new URL(round.url).pathname);
    const table = page.getByRole('table', { name: `${round.name}一览表` });
    await expect(table.getByRole('columnheader')).toHaveText([
      /巡[视察]组/,
      /被巡[视察]单位/,
      /巡[视察]期间/,
      '值班电话',
      '电子邮箱',
      '受理截止',
    ]);
    await expect(table.getByRole('rowheader')).toHaveText(round.rows.map((row) => row.team));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const region = page.getByRole('region', { name: `${round.name}一览表` });
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    // The region takes the keyboard, to scroll it; a phone is a link to call, its digits text to copy.
    await region.focus();
    await expect(region).toBeFocused();
    const first = round.rows[0]!;
    if (first.phones[0])
      await expect(
        table
          .getByRole('link', { name: new RegExp(first.phones[0].replace(/\D/g, '').split('').join('\\D*')) })
          .first(),
      ).toBeAttached();
    await expect(table.getByRole('row').nth(1)).toContainText(first.phones[0] ?? '—');
  });

  test('prints whole on one A4 landscape sheet, every team on it', async ({ page, request }, testInfo) => {
    const round = await widest(request);
    await page.goto(new URL(round.url).pathname);
    const file = testInfo.outputPath('round.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts/);
    expect(info).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const row of round.rows) expect(text).toContain(row.team);
    expect(text).toContain('受理截止');
  });
});

test.describe('what to do once reports end', () => {
  async function withdrawn(request: APIRequestContext): Promise<Record> {
    const all = await records(request);
    const withdrawal = all.find((record) => record.kind === 'withdrawal')!;
    return all.find((record) => record.id === withdrawal.inspection)!;
  }

  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled });

      test('an ended notice says so at the top, with the numbers the office sets', async ({
        page,
        request,
      }) => {
        const arrival = await withdrawn(request);
        await page.goto(`/notices/${arrival.id}/`);
        const box = page
          .locator('#after-period-slot')
          .getByRole('region', { name: /已撤离，联系方式已于.+停止使用/ });
        await expect(box).toBeVisible();
        await expect(box.getByRole('link', { name: '撤离公告' })).toBeVisible();
        await expect(box).toContainText('如需反映问题，可以');
        // content/site.yaml of the test archive: its standing phone and site.
        await expect(box.getByRole('link', { name: /0\s?7\s?9\s?9/ })).toHaveAttribute(
          'href',
          'tel:+8679912388',
        );
        await expect(box.getByRole('link', { name: 'https://jb.fengxi-jw.example/' })).toBeVisible();
        // It comes before the summary of the notice.
        const [top, summary] = await Promise.all([
          box.evaluate((element) => element.getBoundingClientRect().top),
          page.locator('.summary').evaluate((element) => element.getBoundingClientRect().top),
        ]);
        expect(top).toBeLessThan(summary);
      });

      test('a notice still taking reports says what will hold after its last day, below its channels', async ({
        page,
      }) => {
        await page.goto(FUTURE);
        const box = page.getByRole('region', { name: /2099年4月30日之后，.+不再受理反映/ });
        await expect(box).toBeVisible();
        await expect(page.locator('#after-period-slot')).toBeEmpty();
        expect(
          await box.evaluate((element) =>
            Boolean(
              document.getElementById('channels')!.compareDocumentPosition(element) &
              Node.DOCUMENT_POSITION_FOLLOWING,
            ),
          ),
        ).toBe(true);
      });
    });
  }

  test('once the last day has passed in the reader’s browser, the box moves to the top and says it has ended', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2099-05-01T09:00:00+08:00'));
    await page.goto(FUTURE);
    const box = page
      .locator('#after-period-slot')
      .getByRole('region', { name: /已于2099年4月30日结束受理反映/ });
    await expect(box).toBeVisible();
    await expect(box).toContainText('如需反映问题，可以');
    await expect(page.locator('.summary live-state').first()).toHaveText('已结束受理');
  });
});

test('the pages of an inspection’s life pass every axe rule, experimental included', async ({
  page,
  request,
}) => {
  // Every rule over seven pages: about a second a page.
  test.setTimeout(90_000);
  const all = await records(request);
  const group = [...linked(all).values()].find((notices) => new Set(notices.map((n) => n.kind)).size === 5)!;
  const round = (await (await request.get('/rounds.json')).json())[0] as RoundRecord;
  const paths = [
    ...group.map((record) => `/notices/${record.id}/`),
    `/units/${encodeURIComponent(group[0]!.unit)}/`,
    `/teams/${encodeURIComponent(group[0]!.team.name)}/`,
    new URL(round.url).pathname,
    '/rounds/',
    FUTURE,
  ];
  for (const path of paths) {
    await page.goto(path);
    expect(await axeViolations(page, path)).toEqual([]);
  }
});
