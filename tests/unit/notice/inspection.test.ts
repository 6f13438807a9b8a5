import { describe, expect, test } from 'vitest';
import {
  arrivalsFor,
  inspections,
  stopInstant,
  withdrawalOf,
  type Linkable,
} from '../../../src/notice/inspection.ts';
import { listingOf, noticeSchema } from '../../../src/schemas/notice.ts';
import { ARRIVAL, FEEDBACK, RECTIFICATION, REVIEW, WITHDRAWAL } from '../../helpers/lifecycle.ts';

const entry = (id: string, data: unknown): Linkable => ({ id, data: listingOf(noticeSchema().parse(data)) });

const whole = [
  entry('review', REVIEW),
  entry('rectification', RECTIFICATION),
  entry('arrival', ARRIVAL),
  entry('feedback', FEEDBACK),
  entry('withdrawal', WITHDRAWAL),
  entry('other', { ...ARRIVAL, unit: '县水利局党组' }),
];

describe('an inspection', () => {
  test('gathers the notices that name it with its arrival, in the order of their stages', () => {
    const groups = inspections(whole);
    expect(groups.get('arrival')!.map((notice) => notice.id)).toEqual([
      'arrival',
      'withdrawal',
      'feedback',
      'rectification',
      'review',
    ]);
    expect(groups.get('other')!.map((notice) => notice.id)).toEqual(['other']);
  });

  test("a withdrawal stops its stay's channels at its stated Beijing time, and not a later review's", () => {
    const group = inspections(whole).get('arrival')!;
    expect(withdrawalOf(group[0]!, group)?.id).toBe('withdrawal');
    expect(withdrawalOf(group.at(-1)!, group)).toBeUndefined();
    expect(new Date(stopInstant({ stops: '2025-04-28', at: '18:00' })).toISOString()).toBe(
      '2025-04-28T10:00:00.000Z',
    );
    // Without a time, at the day's end in Beijing.
    expect(new Date(stopInstant({ stops: '2025-04-28' })).toISOString()).toBe('2025-04-28T16:00:00.000Z');
  });
});

describe('the arrival a later notice belongs to', () => {
  const known = whole.filter((notice) => notice.data.kind === 'arrival');

  test('is proposed when one alone has its team, its unit and a day that fits', () => {
    expect(
      arrivalsFor(known, {
        kind: 'feedback',
        team: '凤溪县委第二巡察组',
        unit: '县林业局党组',
        day: '2025-06-09',
      }),
    ).toEqual(['arrival']);
    // A team named without its place matches the end of the full name.
    expect(
      arrivalsFor(known, {
        kind: 'feedback',
        team: '县委第二巡察组',
        unit: '县林业局党组',
        day: '2025-06-09',
      }),
    ).toEqual(['arrival']);
  });

  test('is none for a day before the arrival or too long after it, or another team', () => {
    expect(
      arrivalsFor(known, {
        kind: 'feedback',
        team: '凤溪县委第二巡察组',
        unit: '县林业局党组',
        day: '2025-02-01',
      }),
    ).toEqual([]);
    expect(
      arrivalsFor(known, {
        kind: 'withdrawal',
        team: '凤溪县委第二巡察组',
        unit: '县林业局党组',
        day: '2026-04-28',
      }),
    ).toEqual([]);
    expect(
      arrivalsFor(known, {
        kind: 'feedback',
        team: '凤溪县委第三巡察组',
        unit: '县林业局党组',
        day: '2025-06-09',
      }),
    ).toEqual([]);
  });

  test('is every one that fits when several do, for a person to choose', () => {
    const again = entry('again', { ...ARRIVAL, period: { start: '2025-05-05', end: '2025-06-01' } });
    expect(
      arrivalsFor([...known, again], {
        kind: 'feedback',
        team: '凤溪县委第二巡察组',
        unit: '县林业局党组',
        day: '2025-06-20',
      }),
    ).toEqual(['again', 'arrival']);
  });
});
