/**
 * The notices of one inspection, linked: which inspection a notice belongs
 * to, its notices in timeline order, and when a withdrawal stops a stay's
 * channels. Plain data in, plain data out: the build, the reader's browser
 * and the tests use it alike; content/inspections.ts adds the words.
 */
import type { NoticeKind } from '../schemas/kind.ts';
import { groupBy } from './archive.ts';
import { beijingDayEnd, beijingDayStart } from './dates.ts';
import { minutesOf } from './hours.ts';

/** What linking needs of a notice: its listing's parts. */
export interface Linkable {
  id: string;
  data: {
    kind: NoticeKind;
    title: string;
    published: string;
    day: string;
    team: { name: string };
    unit: string;
    otherUnits?: readonly string[] | undefined;
    inspection?: string | undefined;
    period?: { start: string } | undefined;
    stops?: { stops: string; at?: string | undefined } | undefined;
  };
}

/** The inspection a notice belongs to: the one it names, else its own (an arrival opens one; a lone later notice stands alone). */
export function inspectionOf(
  notice: Pick<Linkable, 'id'> & { data: { inspection?: string | undefined } },
): string {
  return notice.data.inspection ?? notice.id;
}

const ORDER: Record<NoticeKind, number> = {
  arrival: 0,
  review: 1,
  feedback: 2,
  rectification: 3,
  withdrawal: 4,
};

/** Timeline order: by day; on one day, by the order of the stages; then by id. */
export function byStage(a: Linkable, b: Linkable): number {
  return (
    a.data.day.localeCompare(b.data.day) ||
    ORDER[a.data.kind] - ORDER[b.data.kind] ||
    a.id.localeCompare(b.id)
  );
}

/** Every inspection's notices, in timeline order, by inspection id. */
export function inspections<T extends Linkable>(notices: readonly T[]): Map<string, T[]> {
  return new Map(groupBy(notices, inspectionOf).map((group) => [group.name, group.items.sort(byStage)]));
}

/** The instant a withdrawal stops the channels: its stated time that day, else the day's end (Beijing time). */
export function stopInstant(stops: { stops: string; at?: string | undefined }): number {
  return stops.at === undefined
    ? beijingDayEnd(stops.stops)
    : beijingDayStart(stops.stops) + minutesOf(stops.at) * 60_000;
}

/**
 * When the channels of the stay `stay` stop by a withdrawal of its
 * inspection: the first withdrawal after its start and before the next stay
 * (a review's own channels are stopped by its own withdrawal). Undefined when
 * none has been published.
 */
export function withdrawalOf<T extends Linkable>(stay: T, inspection: readonly T[]): T | undefined {
  const start = stay.data.period?.start ?? stay.data.day;
  const later = inspection.filter((notice) => notice.data.day >= start && notice.id !== stay.id);
  for (const notice of later.sort(byStage)) {
    if (notice.data.kind === 'review' && notice.data.day > start) return undefined;
    if (notice.data.kind === 'withdrawal') return notice;
  }
  return undefined;
}

/** How long after an arrival's start each later stage may come, in days, for the importer to link it. */
const WITHIN: Record<NoticeKind, number> = {
  arrival: 0,
  withdrawal: 200,
  feedback: 400,
  rectification: 800,
  review: 1200,
};

/**
 * The arrivals a later notice may belong to: the same team (or one whose
 * full name ends with the name the notice gives, "市委第九巡察组"), a unit the
 * arrival inspects, and a day that fits (not before the arrival's start, and
 * not longer after it than its stage comes). The importer links only when
 * exactly one fits; with none or several, a person decides.
 */
export function arrivalsFor(
  notices: readonly Linkable[],
  later: { kind: NoticeKind; team: string; unit: string; day?: string | undefined },
): string[] {
  return notices
    .filter((notice) => {
      const { data } = notice;
      if (data.kind !== 'arrival' || !data.team.name.endsWith(later.team)) return false;
      if (data.unit !== later.unit && !(data.otherUnits ?? []).includes(later.unit)) return false;
      if (later.day === undefined) return true;
      const start = data.period?.start ?? data.day;
      const days = (beijingDayStart(later.day) - beijingDayStart(start)) / 86_400_000;
      return days >= 0 && days <= WITHIN[later.kind];
    })
    .map((notice) => notice.id)
    .sort();
}
