/** The addresses of the site's pages: a notice's, a team's, a unit's. */

export function noticePath(id: string): string {
  return `/notices/${id}/`;
}

/** A notice page's canonical address on the site at `site`: the printed page and its QR code give it. */
export function noticeUrl(id: string, site: URL | string): string {
  return new URL(noticePath(id), site).href;
}

/** Teams and units are named in Chinese, and so are their addresses: /teams/河北省委第九巡视组/. */
export function teamPath(team: string): string {
  return `/teams/${encodeURIComponent(team)}/`;
}

export function unitPath(unit: string): string {
  return `/units/${encodeURIComponent(unit)}/`;
}
