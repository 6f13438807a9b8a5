/**
 * The search indexes and which notices each holds. The notices' records are
 * in shards, as few as the build's memory allows, because a reader's query
 * loads a piece of every shard; a notice's shard is decided by its id alone,
 * so neither the years the notices fall in nor an edit or an addition moves
 * the others. Beside them, one index of every headline alone, which a long
 * query (most likely a headline) is asked first.
 */
import { digest } from '../util/digest.ts';

/** At most this many notices in one index: Pagefind holds an index in memory while it writes it, beside Astro's build. */
export const SHARD_LIMIT = 4_000;

/** The folder of the headlines' index under /pagefind/. */
export const HEADLINES = 'headlines';

export interface Shard {
  /** Its folder under /pagefind/. */
  name: string;
  /** What it holds of each notice: its search record, or its headline only. */
  holds: 'record' | 'headline';
  /** Its notices, in id order. */
  ids: string[];
  /** Changes when any of its notices does: their ids and digests. */
  key: string;
}

/** The shards' names for an archive of `count` notices, the first one the search page loads first. */
export function shardNames(count: number): string[] {
  return Array.from({ length: Math.max(1, Math.ceil(count / SHARD_LIMIT)) }, (_, index) => String(index));
}

/** The shards of the notices (id → digest of its file). */
export function planShards(notices: Readonly<Record<string, string>>): Shard[] {
  const ids = Object.keys(notices).sort();
  const names = shardNames(ids.length);
  const members = names.map((): string[] => []);
  for (const id of ids)
    members[names.length === 1 ? 0 : parseInt(digest(id).slice(0, 8), 16) % names.length]!.push(id);
  return names.map((name, index) => ({
    name,
    holds: 'record',
    ids: members[index]!,
    key: digest(...members[index]!.map((id) => `${id}:${notices[id]}`)),
  }));
}

/**
 * The index of the headlines (id → what it holds of the notice): it changes
 * only when that does, or a notice comes or goes.
 */
export function planHeadlines(headlines: Readonly<Record<string, string>>): Shard {
  const ids = Object.keys(headlines).sort();
  return {
    name: HEADLINES,
    holds: 'headline',
    ids,
    key: digest(HEADLINES, ...ids.map((id) => `${id}:${headlines[id]}`)),
  };
}
