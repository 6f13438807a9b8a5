/**
 * Ordering and summarising notices. Works on plain data so that it is the
 * same at build time, in the tests and in the command-line tools.
 */

interface Sortable {
  id: string;
  data: { published: string; day: string };
}

/**
 * Newest first: by the day of the notice's stage (a stay's start, a
 * feedback's day, a withdrawal's stop), then the publication day,
 * then the id, so that the order never depends on the file system.
 */
export function sortNewestFirst<T extends Sortable>(notices: readonly T[]): T[] {
  return [...notices].sort(
    (a, b) =>
      b.data.day.localeCompare(a.data.day) ||
      b.data.published.localeCompare(a.data.published) ||
      a.id.localeCompare(b.id),
  );
}

/** "河北省委第九巡视组 → 张家口市". */
export function teamToUnit(data: { team: { name: string }; unit: string }): string {
  return `${data.team.name} → ${data.unit}`;
}
