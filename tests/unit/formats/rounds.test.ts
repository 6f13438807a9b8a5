import { expect, test } from 'vitest';
import { rounds, roundsJson, teamNumber } from '../../../src/formats/rounds.ts';
import { listingOf, noticeSchema, type NoticeListing } from '../../../src/schemas/notice.ts';
import { ARRIVAL, FEEDBACK } from '../../helpers/lifecycle.ts';

const listing = (data: unknown): NoticeListing => listingOf(noticeSchema().parse(data));

test('teams are numbered as their names count, to twelve and beyond', () => {
  expect(
    [
      '凤溪县委第二巡察组',
      '某省委第十巡视组',
      '某市委第十二巡察组',
      '某省委第二十一巡视组',
      '某县委巡察组',
    ].map(teamNumber),
  ).toEqual([2, 10, 12, 21, 0]);
});

test("a round's table has a row per stay, by team number, with its units, phones, e-mail and last day", () => {
  const tenth = listing({
    ...ARRIVAL,
    team: { name: '凤溪县委第十巡察组' },
    unit: '县水利局党组',
    otherUnits: [{ name: '县气象局党组' }],
  });
  const [round, ...others] = rounds([
    { id: 'tenth', data: tenth },
    { id: 'second', data: listing(ARRIVAL) },
    { id: 'feedback', data: listing(FEEDBACK) },
    { id: 'other', data: listing({ ...ARRIVAL, round: '2025年凤溪县委第二轮巡察' }) },
  ]);
  expect(others.map((other) => other.name)).toEqual(['2025年凤溪县委第二轮巡察']);
  expect(round!.name).toBe('2025年凤溪县委第一轮巡察');
  expect(round!.rows.map((row) => [row.team, row.units, row.phones, row.email, row.lastDay])).toEqual([
    ['凤溪县委第二巡察组', ['县林业局党组'], ['0799-6123401'], 'fxxcz2@fengxi.example', '2025-04-25'],
    [
      '凤溪县委第十巡察组',
      ['县水利局党组', '县气象局党组'],
      ['0799-6123401'],
      'fxxcz2@fengxi.example',
      '2025-04-25',
    ],
  ]);
  const [published] = JSON.parse(roundsJson([round!], 'https://example.org/'));
  expect(published.url).toBe(`https://example.org/rounds/${encodeURIComponent(round!.name)}/`);
  expect(published.rows[0].notice).toBe('https://example.org/notices/second/');
});
