/** The addresses of the site's pages: a notice's, a team's, a unit's, a round's. */

export function noticePath(id: string): string {
  return `/notices/${id}/`;
}

/** A notice's poster for a notice board, and its sheet of cut-out contact cards. */
export function posterPath(id: string): string {
  return `${noticePath(id)}poster/`;
}

export function cardPath(id: string): string {
  return `${noticePath(id)}card/`;
}

/** The QR code of a notice page's address, published beside it (formats/data-files.ts). */
export function qrPath(id: string): string {
  return `/notices/${id}.svg`;
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

/** Every round, and one round's page: /rounds/2018年河北省委第二轮巡视/. */
export const ROUNDS_PATH = '/rounds/';

export function roundPath(round: string): string {
  return `${ROUNDS_PATH}${encodeURIComponent(round)}/`;
}

/** The line beside every notice's channels (and on its paper) that warns against people posing as the team: 巡视 or 巡察. */
export function impostorWarning(word: string): string {
  return `${word}组不会索要钱款或要求转账，也不会打电话索要个人信息。`;
}

/** The page on how to report to a team, which every notice's channels link. */
export const HOW_TO_REPORT_PATH = '/how-to-report/';

/** The accessibility statement, which every page's footer links. */
export const ACCESSIBILITY_PATH = '/accessibility/';

/**
 * Where the Traditional-character site lives: every page again, at the same
 * path after this prefix (/zh-hant/notices/<id>/), converted at build time
 * (formats/traditional.ts).
 */
export const HANT_PREFIX = '/zh-hant';

/**
 * The Traditional page of a Simplified page's path: "/notices/x/" →
 * "/zh-hant/notices/x/". The page for an address that does not exist (404)
 * has no address of its own: its twin is the Traditional home page.
 */
export function hantPath(path: string): string {
  return `${HANT_PREFIX}${/^\/404(?:\.html|\/)?$/.test(path) ? '/' : path}`;
}
