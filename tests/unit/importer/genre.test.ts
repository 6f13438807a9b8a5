/**
 * The importer on notices of the genre written for these tests
 * (tests/fixtures/genre/): each .txt is a notice as it arrives, each .yaml
 * the facts it states, in the notice model's terms. Every fact is counted:
 * found, left to a person (a placeholder), missing or wrong. A wrong value
 * fails the test; so does a placeholder for something the text does not
 * state and a notice can be published without.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { load } from 'js-yaml';
import { expect, test } from 'vitest';
import { parseNoticeFile } from '../../../src/content/notice-file.ts';
import { importNotices } from '../../../src/importer/import-notice.ts';
import { isPlaceholder } from '../../../src/notice/placeholder.ts';

const FOLDER = 'tests/fixtures/genre';

interface Expected {
  date: string;
  /** Where the publishing office is: what --place gives the importer. */
  place?: string;
  notices: (Record<string, unknown> & { left?: string[] })[];
}

/** The fields a notice cannot be published without: a placeholder there is fair when the text does not say. */
const REQUIRED = /^(title|published|team\.name|unit|period\.start|channels(\.\d+)?)$/;

type Outcome = 'found' | 'left' | 'missing' | 'wrong';

function valueAt(data: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);
}

/** Every placeholder in the notice, by path. */
function placeholders(value: unknown, path = ''): string[] {
  if (isPlaceholder(value)) return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholders(item, `${path}.${index}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => placeholders(item, path ? `${path}.${key}` : key));
  return [];
}

/** The stated facts: one per scalar field, one per item of a list. */
function facts(notice: Record<string, unknown>): [string, unknown][] {
  return Object.entries(notice)
    .filter(([path]) => path !== 'left')
    .flatMap(([path, value]): [string, unknown][] =>
      Array.isArray(value) ? value.map((item, index) => [`${path}.${index}`, item]) : [[path, value]],
    );
}

const fixtures = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length));

const rows: {
  fixture: string;
  facts: number;
  found: number;
  left: number;
  wrong: string[];
  needless: string[];
}[] = [];

test.each(fixtures)('%s: every stated fact found or left to a person, none wrong', (name) => {
  const expected = load(readFileSync(`${FOLDER}/${name}.yaml`, 'utf8')) as Expected;
  const results = importNotices(readFileSync(`${FOLDER}/${name}.txt`, 'utf8'), {
    date: normalise(expected.date) as string,
    place: expected.place,
  });
  expect(results, 'one notice per team').toHaveLength(expected.notices.length);
  const row = { fixture: name, facts: 0, found: 0, left: 0, wrong: [] as string[], needless: [] as string[] };
  expected.notices.forEach((notice, index) => {
    const data = parseNoticeFile(results[index]!.mdx).data;
    const outcomes = facts(notice).map(([path, value]): [string, Outcome, unknown] => {
      // A notice that does not say its kind is an arrival notice.
      const actual = path === 'kind' ? ((data as { kind?: string }).kind ?? 'arrival') : valueAt(data, path);
      if (placeholders(actual).length) return [path, 'left', actual];
      if (actual === undefined) return [path, 'missing', actual];
      return [path, isDeepStrictEqual(actual, normalise(value)) ? 'found' : 'wrong', actual];
    });
    row.facts += outcomes.length;
    row.found += outcomes.filter(([, outcome]) => outcome === 'found').length;
    row.left += outcomes.filter(([, outcome]) => outcome === 'left').length;
    row.wrong.push(
      ...outcomes
        .filter(([, outcome]) => outcome === 'wrong')
        .map(([path, , actual]) => `${index}:${path} = ${JSON.stringify(actual)}`),
    );
    // A placeholder only where the text does not say and the notice cannot go without, or where the test expects one.
    const allowed = new Set(notice.left ?? []);
    row.needless.push(
      ...placeholders(data)
        .filter((path) => !allowed.has(path) && ![...allowed].some((left) => path.startsWith(`${left}.`)))
        .filter((path) => !REQUIRED.test(path) || facts(notice).some(([fact]) => fact === path))
        .map((path) => `${index}:${path}`),
    );
    for (const left of notice.left ?? [])
      expect(placeholders(valueAt(data, left)).length, `${name} ${left} left to a person`).toBeGreaterThan(0);
  });
  rows.push(row);
  expect(row.wrong.join('\n'), 'wrong values').toBe('');
  expect(row.needless.join('\n'), 'placeholders for what the notice can go without').toBe('');
});

test('across the fixtures, at least 95% of the stated facts are found', () => {
  const total = rows.reduce((sum, row) => sum + row.facts, 0);
  const found = rows.reduce((sum, row) => sum + row.found, 0);
  console.table(
    rows.map(({ fixture, facts, found, left }) => ({
      fixture,
      facts,
      found,
      left,
      missing: facts - found - left,
    })),
  );
  console.log(`found ${found} of ${total} stated facts (${((found / total) * 100).toFixed(1)}%)`);
  expect(rows).toHaveLength(fixtures.length);
  expect(found / total).toBeGreaterThanOrEqual(0.95);
});

/** YAML reads dates as Date objects and numbers as numbers: the front-matter holds strings. */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalise(item)]));
  return value;
}
