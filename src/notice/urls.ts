/** The addresses of the site's pages: a notice's, a team's, a unit's, a round's. */

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

/** Every round, and one round's page: /rounds/2018年河北省委第二轮巡视/. */
export const ROUNDS_PATH = '/rounds/';

export function roundPath(round: string): string {
  return `${ROUNDS_PATH}${encodeURIComponent(round)}/`;
}

/** The line beside every notice's channels (and on its paper) that warns against people posing as the team. */
export const IMPOSTOR_WARNING = '巡视组不会索要钱款或要求转账，也不会打电话索要个人信息。';

/** The page on how to report to a team, which every notice's channels link. */
export const HOW_TO_REPORT_PATH = '/how-to-report/';

/** The accessibility statement, which every page's footer links. */
export const ACCESSIBILITY_PATH = '/accessibility/';
