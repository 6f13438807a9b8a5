/**
 * Browsing the archive: lists grouped by year, by team or by unit, and
 * pages of at most 50 notices. Plain data in, plain data out.
 */

/** How many notices a list shows before it is split into pages. */
export const PAGE_SIZE = 50;

/** The year a notice is filed under: the year of its stage's day (a stay's start, a feedback's day…). */
export function yearOf(notice: { data: { day: string } }): string {
  return notice.data.day.slice(0, 4);
}

/** Notices already in order, grouped by year in that order. */
export function groupByYear<T extends { data: { day: string } }>(
  notices: readonly T[],
): { year: string; notices: T[] }[] {
  const groups: { year: string; notices: T[] }[] = [];
  for (const notice of notices) {
    const year = yearOf(notice);
    const last = groups.at(-1);
    if (last?.year === year) last.notices.push(notice);
    else groups.push({ year, notices: [notice] });
  }
  return groups;
}

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** The address of this page under `base`: base itself for page 1, then base + "page/2/". */
  path: string;
  previous: string | undefined;
  next: string | undefined;
}

/** Splits `items` into pages of `size` under `base` ("/" or "/teams/…/"); an empty list is one empty page. */
export function paginate<T>(items: readonly T[], base: string, size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const pathOf = (number: number) => (number === 1 ? base : `${base}page/${number}/`);
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
    path: pathOf(index + 1),
    previous: index > 0 ? pathOf(index) : undefined,
    next: index + 1 < count ? pathOf(index + 2) : undefined,
  }));
}

/** The rest parameter of a paged route: undefined for page 1, "page/2" after it. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}

/** Notices grouped by a key (team or unit), groups in Chinese collation order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): { name: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  const collator = new Intl.Collator('zh-CN');
  return [...groups]
    .map(([name, grouped]) => ({ name, items: grouped }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * The pages of a grouped list (a team's notices, a unit's): for each group,
 * its pages under its own address. `param` names the route's group parameter.
 */
export function groupPages<T>(
  items: readonly T[],
  key: (item: T) => string,
  pathOf: (name: string) => string,
  param: string,
) {
  return groupBy(items, key).flatMap((group) =>
    paginate(group.items, pathOf(group.name)).map((page) => ({
      params: { [param]: group.name, page: pageParam(page.number) },
      props: { name: group.name, page, total: group.items.length },
    })),
  );
}
