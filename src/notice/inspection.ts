/**
 * The notices of one inspection, linked: which inspection a notice belongs
 * to, its notices in timeline order, and when a withdrawal stops a stay's
 * channels. Plain data in, plain data out: the build, the reader's browser
 * and the tests use it alike; content/inspections.ts adds the words.
 */
import type { NoticeKind } from '../schemas/kind.ts';
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
  const groups = new Map<string, T[]>();
  for (const notice of notices) {
    const id = inspectionOf(notice);
    const group = groups.get(id);
    if (group) group.push(notice);
    else groups.set(id, [notice]);
  }
  for (const group of groups.values()) group.sort(byStage);
  return groups;
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
