/**
 * Every route's paths and what its pages are given: the pages' getStaticPaths
 * are these functions. A path's cacheKey says what its page is made from, so
 * that Astro's incremental build renders again only the pages that changed;
 * every key holds the site's identity (content/site.yaml), which every page shows.
 */
import { resolve } from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { PAGE_PARTS_ENV } from './build/env.ts';
import { makePageParts, takePageParts, type PageParts } from './build/page-parts.ts';
import { attachmentFile, type AttachmentFile } from './content/notice-assets.ts';
import { readEntryNotice } from './content/notice-file.ts';
import { publishedBadge, siteKey } from './content/site-file.ts';
import { groupBy, groupPages, pageParam, paginate, type Page } from './notice/archive.ts';
import { sortNewestFirst } from './notice/order.ts';
import { inspectionOf, inspections, stopInstant, withdrawalOf } from './notice/inspection.ts';
import { timeline, type Stage } from './content/inspections.ts';
import { stopWindow } from './notice/period.ts';
import { formatStop, teamWord } from './formats/stage.ts';
import { noticeUrl, roundPath, teamPath, unitPath } from './notice/urls.ts';
import { formatDate } from './notice/dates.ts';
import { rounds, roundStart } from './formats/rounds.ts';
import { HEADLINES, shardNames } from './search/shards.ts';
import { digest } from './util/digest.ts';

export type NoticeEntry = CollectionEntry<'notices'>;

/** Every notice, newest first. */
async function newestFirst(): Promise<NoticeEntry[]> {
  return sortNewestFirst(await getCollection('notices'));
}

/** A list page's key: where it is in its list, and which notices it shows (their ids and digests stand for them). */
function listKey(page: Page<NoticeEntry>, ...more: (string | number)[]): string {
  return digest(
    siteKey(),
    page.path,
    `${page.number}/${page.count}`,
    ...more.map(String),
    ...page.items.map((notice) => `${notice.id}:${notice.digest}`),
  );
}

/** Another notice of the same release, as a notice page links to it. */
export interface ReleaseSibling {
  id: string;
  team: string;
  unit: string;
}

/** When a withdrawal stops a stay's channels: the instant, its words, and the withdrawal's id. */
export interface Stop {
  instant: number;
  words: string;
  id: string;
}

/**
 * /notices/<id>/: one page per notice, made from its file and, for a notice
 * published in a release with others, their teams and units, which it links
 * to; and from its inspection's other notices, whose timeline it shows and
 * whose withdrawal ends its live state. Its key holds all of them, so a new
 * stage of an inspection renders every page of it again; and whether its
 * reports had ended when it was built, so the first build after the end puts
 * "what to do now" at the top of the page.
 */
export async function noticePaths() {
  const notices = await getCollection('notices');
  const releases = new Map(
    groupBy(
      notices.filter((notice) => notice.data.release),
      (notice) => notice.data.release!,
    ).map((group) => [group.name, group.items] as const),
  );
  const groups = inspections(notices);
  const now = Date.now();
  return notices.map((notice) => {
    const others = (notice.data.release ? releases.get(notice.data.release)! : []).filter(
      (other) => other.id !== notice.id,
    );
    const siblings: ReleaseSibling[] = others.map((other) => ({
      id: other.id,
      team: other.data.team.name,
      unit: other.data.unit,
    }));
    const inspection = inspectionOf(notice);
    const group = groups.get(inspection)!;
    const withdrawal =
      notice.data.kind === 'withdrawal'
        ? notice
        : notice.data.period
          ? withdrawalOf(notice, group)
          : undefined;
    const stop: Stop | undefined = withdrawal?.data.stops && {
      instant: stopInstant(withdrawal.data.stops),
      words: formatStop(withdrawal.data.stops),
      id: withdrawal.id,
    };
    // When reports end: a stay's last day or its withdrawal, whichever comes first; a withdrawal's own stop.
    const closes = notice.data.period ? stopWindow(notice.data.period, stop?.instant)?.closes : stop?.instant;
    const ended = closes !== undefined && now >= closes;
    return {
      params: { slug: notice.id },
      props: { notice, siblings, inspection, stages: timeline(group), stop, closes, endedAtBuild: ended },
      cacheKey: [
        siteKey(),
        `${notice.id}:${notice.digest}`,
        ...others.map((other) => `${other.id}:${other.digest}`),
        ...group.filter((other) => other.id !== notice.id).map((other) => `${other.id}:${other.digest}`),
        ended ? 'ended' : 'open',
      ].join(' '),
    };
  });
}

/** What a notice's poster and cards are given. */
export interface PrintProps {
  notice: NoticeEntry;
  stop?: Stop | undefined;
  /** Whether its reports had ended when it was built: the sheet says its channels no longer answer. */
  ended: boolean;
}

/**
 * /notices/<id>/poster/ and /notices/<id>/card/: a stay's poster for a notice
 * board and its sheet of cut-out contact cards, made from its listing (which
 * holds its channels) and the QR code published beside its page, so they
 * read no file. A notice without a period or channels has neither. Each
 * has its notice page's key: the same notice, inspection and end.
 */

export async function printPaths(): Promise<
  { params: { slug: string }; props: PrintProps; cacheKey: string }[]
> {
  return (await noticePaths()).flatMap(({ params, props, cacheKey }) => {
    const { notice, stop, endedAtBuild } = props;
    const { period, channels } = notice.data;
    if (!period || !channels?.length) return [];
    return [{ params, props: { notice, stop, ended: endedAtBuild }, cacheKey }];
  });
}

/**
 * What a notice's page shows besides its listing (the content store keeps
 * only that): the whole notice, its text as HTML and the QR code of the
 * page's address, which printed notices carry.
 */
export async function noticePage(
  notice: NoticeEntry,
  site: URL | string,
): Promise<PageParts & { url: string }> {
  const url = noticeUrl(notice.id, site);
  // In a build, the notices worker makes them beside Astro and serves them (build/page-parts.ts).
  const address = process.env[PAGE_PARTS_ENV];
  const ready = address ? await takePageParts(address, notice.id, String(notice.digest), url) : undefined;
  if (ready) return { ...ready, url };
  const { data, content, source, path } = readEntryNotice(notice);
  return { ...(await makePageParts(data, content, source, path, url)), url };
}

/**
 * The text of a notice whose text holds photos, attachments or components,
 * compiled by @astrojs/mdx (the loader marks it so); undefined for a notice of
 * words only, whose page parts hold its text as HTML. `locals` learns which
 * notice it is, for the components of its text.
 */
export async function noticeText(notice: NoticeEntry, locals: App.Locals) {
  // Set by the loader (content/loader.ts); Astro keeps it on the entry but does not type it.
  if (!(notice as NoticeEntry & { deferredRender?: boolean }).deferredRender) return undefined;
  if (!notice.filePath) throw new Error(`公告 ${notice.id} 没有文件路径`);
  locals.notice = { id: notice.id, path: resolve(notice.filePath) };
  return (await render(notice)).Content;
}

/** The attachment `file` of the notice whose page is being rendered (`locals`, set by noticeText). */
export function noticeAttachment(locals: App.Locals, file: string): AttachmentFile {
  if (!locals.notice) throw new Error(`附件 ${file}：<Attachment> 只能用在公告正文中`);
  return attachmentFile(locals.notice.id, locals.notice.path, file);
}

/** / and /page/2/…: every notice, newest first, 50 to a page. */
export async function homePaths() {
  return paginate(await newestFirst(), '/').map((page) => ({
    params: { page: pageParam(page.number) },
    props: { page },
    cacheKey: listKey(page),
  }));
}

function groupPaths(key: (notice: NoticeEntry) => string, pathOf: (name: string) => string, param: string) {
  return async () =>
    groupPages(await newestFirst(), key, pathOf, param).map((path) => ({
      ...path,
      cacheKey: listKey(path.props.page, path.props.name, path.props.total),
    }));
}

/** /teams/<team>/ and its further pages; the first lists the rounds the team served in. */
export async function teamPaths() {
  const all = rounds(await getCollection('notices'));
  return (await groupPaths((notice) => notice.data.team.name, teamPath, 'team')()).map((path) => {
    const served =
      path.props.page.number === 1
        ? all
            .filter((round) => round.rows.some((row) => row.team === path.props.name))
            .map((round) => round.name)
        : [];
    return {
      ...path,
      props: { ...path.props, rounds: served },
      cacheKey: digest(path.cacheKey, ...served),
    };
  });
}

/** An inspection as a unit's page shows it: its id, heading and timeline. */
export interface UnitInspection {
  id: string;
  heading: string;
  stages: Stage[];
}

/**
 * /units/<unit>/ and its further pages; the first shows each inspection of
 * the unit (any of whose notices is about it) as a timeline, newest first.
 */
export async function unitPaths() {
  const notices = await getCollection('notices');
  const groups = [...inspections(notices)];
  return (await groupPaths((notice) => notice.data.unit, unitPath, 'unit')()).map((path) => {
    const selected =
      path.props.page.number === 1
        ? groups
            .filter(
              ([, group]) => group.length > 1 && group.some((notice) => notice.data.unit === path.props.name),
            )
            .sort(
              ([a, first], [b, second]) =>
                second[0]!.data.day.localeCompare(first[0]!.data.day) || a.localeCompare(b),
            )
        : [];
    const shown: UnitInspection[] = selected.map(([id, group]) => ({
      id,
      heading: `${group[0]!.data.team.name}${teamWord(group[0]!.data.team)}（${formatDate(group[0]!.data.day)}起）`,
      stages: timeline(group),
    }));
    // Its key holds every notice of the inspections it shows.
    const linked = selected.flatMap(([, group]) => group);
    return {
      ...path,
      props: { ...path.props, inspections: shown },
      cacheKey: digest(path.cacheKey, ...linked.map((notice) => `${notice.id}:${notice.digest}`)),
    };
  });
}

/** /rounds/<round>/: one page per round, its overview table. */
export async function roundPaths() {
  return rounds(await getCollection('notices')).map((round) => ({
    params: { round: round.name },
    props: { round },
    cacheKey: digest(siteKey(), JSON.stringify(round)),
  }));
}

/** The rounds of the index page /rounds/: each name, its address, first day and how many teams. */
export async function roundGroups() {
  return rounds(await getCollection('notices')).map((round) => ({
    name: round.name,
    path: roundPath(round.name),
    start: roundStart(round),
    count: round.rows.length,
  }));
}

/** The groups of the index pages /teams/ and /units/: each name, its address and how many notices it has. */
async function groups(key: (notice: NoticeEntry) => string, pathOf: (name: string) => string) {
  return groupBy(await getCollection('notices'), key).map((group) => ({
    name: group.name,
    path: pathOf(group.name),
    count: group.items.length,
  }));
}

export const teamGroups = () => groups((notice) => notice.data.team.name, teamPath);
export const unitGroups = () => groups((notice) => notice.data.unit, unitPath);

/** The search indexes: the shards, of which the search page loads the first and merges the others, and the headlines'. */
export async function searchIndexes(): Promise<{ shards: string[]; headlines: string }> {
  return { shards: shardNames((await getCollection('notices')).length), headlines: HEADLINES };
}

/** The site's badge, published at /site-badge.<ext> when content/site.yaml names one; no path otherwise. */
export async function badgePaths() {
  const badge = await publishedBadge();
  return badge
    ? [{ params: { ext: badge.href.slice(badge.href.lastIndexOf('.') + 1) }, props: { path: badge.path } }]
    : [];
}
