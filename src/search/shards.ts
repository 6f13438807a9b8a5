/**
 * Which notices share a search index (a shard). One index per year kept
 * rebuilds small, but a search loads a piece of every index: the test
 * archive's 301 notices in 12 yearly indexes cost 53 requests and 337 KB
 * per query. So consecutive years share an index until it holds at least
 * MIN_NOTICES notices; the newest years, if fewer, join the last group.
 * A small archive has one index, a large one an index per year or two.
 *
 * The floor weighs a reader's query against an editor's rebuild, which
 * indexes the changed notice's whole shard again. At 10,000 notices
 * (about 830 a year): with 1,000, shards of two years, 6 indexes, and a
 * rebuild of 10.3 s, 23% of the cold build; with 500, an index a year, 12,
 * and a rebuild of 15% (npm run bench).
 */
import { digest, type BuildState } from '../build/state.ts';

export const MIN_NOTICES = 500;

export interface YearGroup {
  /** "2018", or "2015-2016" for several years. */
  name: string;
  years: string[];
}

/** Groups the years, given how many notices each has, oldest first. */
export function groupYears(counts: ReadonlyMap<string, number>, min = MIN_NOTICES): YearGroup[] {
  const groups: string[][] = [];
  let current: string[] = [];
  let total = 0;
  for (const year of [...counts.keys()].sort()) {
    current.push(year);
    total += counts.get(year) ?? 0;
    if (total >= min) {
      groups.push(current);
      current = [];
      total = 0;
    }
  }
  if (current.length) {
    const last = groups.at(-1);
    if (last) last.push(...current);
    else groups.push(current);
  }
  return groups.map((years) => ({
    name: years.length === 1 ? years[0]! : `${years[0]}-${years.at(-1)}`,
    years,
  }));
}

/** How many of `items` fall in each year. */
export function countByYear<T>(items: Iterable<T>, yearOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const year = yearOf(item);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

export interface Shard {
  name: string;
  /** Its notices, in id order. */
  ids: string[];
  /** Changes when any of its notices does: the notices' ids and digests. */
  key: string;
  /** The notices' pages, relative to the site folder. */
  pages: string[];
}

/** The shards for the notices of a build, each with its notices' pages in id order. */
export function planShards(notices: BuildState['notices']): Shard[] {
  const ids = Object.keys(notices).sort();
  const groups = groupYears(countByYear(ids, (id) => notices[id]!.year));
  const shardOf = new Map(groups.flatMap((group) => group.years.map((year) => [year, group.name])));
  const byShard = new Map<string, string[]>(groups.map((group) => [group.name, []]));
  for (const id of ids) byShard.get(shardOf.get(notices[id]!.year)!)!.push(id);
  return [...byShard].map(([name, members]) => ({
    name,
    ids: members,
    key: digest(...members.map((id) => `${id}:${notices[id]!.digest}`)),
    pages: members.map((id) => `notices/${id}/index.html`),
  }));
}

/**
 * The order in which a build renders the notices' pages and its prework
 * makes what they need (src/lib/prework.ts): shard by shard, in the order
 * of planShards. Each shard's pages are then all written long before the
 * last page is, and its search index begins while Astro renders the rest
 * (src/lib/searchIndex.ts).
 */
export function renderOrder(notices: BuildState['notices']): string[] {
  return planShards(notices).flatMap((shard) => shard.ids);
}
