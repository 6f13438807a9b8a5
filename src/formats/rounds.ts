/**
 * A round's overview table (一览表): every team of the round, the units it
 * inspects, its period, duty phone, e-mail and last day for reports, from
 * the listings of the round's stays; and the same as open data
 * (/rounds.json), so that a table published only as an image elsewhere is
 * text here.
 */
import { lastReportDay } from '../notice/period.ts';
import { noticeUrl, roundPath } from '../notice/urls.ts';
import type { NoticeListing } from '../schemas/notice.ts';
import { dutyNumbers, dutyPhone, firstOf } from './contact.ts';

/** One row: one stay of the round. */
export interface RoundRow {
  /** The stay's notice. */
  id: string;
  team: string;
  units: string[];
  period: NonNullable<NoticeListing['period']>;
  phones: string[];
  email?: string | undefined;
  /** The last day reports are taken, when the period makes it exact. */
  lastDay?: string | undefined;
}

export interface Round {
  name: string;
  rows: RoundRow[];
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The number in a team's name: 第十二巡察组 → 12; 0 when it has none. */
export function teamNumber(name: string): number {
  const words = /第([一二三四五六七八九十]+)(?:巡视|巡察)组/.exec(name)?.[1];
  if (!words) return 0;
  const [tens, ones] = words.includes('十') ? words.split('十') : ['', words];
  return (words.includes('十') ? (NUMERALS[tens!] ?? 1) * 10 : 0) + (NUMERALS[ones!] ?? 0);
}

/** The first day of a round: its earliest stay's start. */
export function roundStart(round: Round): string {
  return round.rows.reduce(
    (first, row) => (row.period.start < first ? row.period.start : first),
    round.rows[0]!.period.start,
  );
}

/** Every round of the stays among `notices`, newest first; each round's rows by team number, then unit. */
export function rounds(notices: readonly { id: string; data: NoticeListing }[]): Round[] {
  const byName = new Map<string, RoundRow[]>();
  for (const { id, data } of notices) {
    if (!data.round || !data.period) continue;
    const lastDay = lastReportDay(data.period);
    const channels = data.channels ?? [];
    const email = firstOf(channels, 'email');
    const row: RoundRow = {
      id,
      team: data.team.name,
      units: [data.unit, ...data.otherUnits],
      period: data.period,
      phones: dutyNumbers(dutyPhone(channels)),
      ...(email ? { email: email.address } : {}),
      ...(lastDay ? { lastDay } : {}),
    };
    const rows = byName.get(data.round);
    if (rows) rows.push(row);
    else byName.set(data.round, [row]);
  }
  return [...byName]
    .map(([name, rows]) => ({
      name,
      rows: rows.sort(
        (a, b) =>
          teamNumber(a.team) - teamNumber(b.team) ||
          a.team.localeCompare(b.team, 'zh') ||
          a.units[0]!.localeCompare(b.units[0]!, 'zh') ||
          a.id.localeCompare(b.id),
      ),
    }))
    .sort((a, b) => roundStart(b).localeCompare(roundStart(a)) || a.name.localeCompare(b.name));
}

/** /rounds.json: every round with its address and rows, each row with its notice's address. */
export function roundsJson(all: readonly Round[], site: URL | string): string {
  return JSON.stringify(
    all.map((round) => ({
      name: round.name,
      url: new URL(roundPath(round.name), site).href,
      rows: round.rows.map(({ id, ...row }) => ({ ...row, notice: noticeUrl(id, site) })),
    })),
  );
}
