/**
 * Which index a reader's query is asked first. A headline is long: at least
 * this many Chinese characters. Names (李寿松), places (张家口), teams
 * (河北省委第九巡视组) and phone numbers are shorter, and are asked of the
 * notices' records straight away; a long query that no headline holds is
 * asked of both, which costs more than either.
 */
export const HEADLINE_MIN_HAN = 12;

/** Whether the query reads like a headline, or a long part of one, and so goes to the headlines' index first. */
export function readsLikeHeadline(query: string): boolean {
  return (query.match(/\p{Script=Han}/gu)?.length ?? 0) >= HEADLINE_MIN_HAN;
}

/** What /search/?q=…&in=… asks: the words, and whether the reader asked for every part of the notices. */
export function searchRequest(search: string): { query: string; everywhere: boolean } {
  const params = new URLSearchParams(search);
  return { query: params.get('q')?.trim() ?? '', everywhere: params.get('in') === 'all' };
}

/** The address of a search, as the reader can keep or share it. */
export function searchAddress(query: string, everywhere = false): string {
  const params = new URLSearchParams({ q: query });
  if (everywhere) params.set('in', 'all');
  // Relative: the search page of the site the reader is on, Simplified or Traditional.
  return `?${params}`;
}
