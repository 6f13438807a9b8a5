import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts.ts';
import { correctionAnchor, correctionNote } from '../notice/corrections.ts';
import { noticePath, noticeUrl } from '../notice/urls.ts';
import { beijingDayStart } from '../notice/dates.ts';
import { teamToUnit } from '../notice/order.ts';
import { listingLine } from '../formats/stage.ts';
import { STAGE_LABELS } from '../schemas/kind.ts';

/** How many items the feed carries: a reader's feed reader fetches it again and again. */
const FEED_SIZE = 50;

/**
 * The newest notices and corrections, for readers and journalists who follow
 * them: each correction is an item of its own, on its day, so that a
 * corrected phone number reaches those who kept the old one.
 */
export const GET: APIRoute = async ({ site }) => {
  const items = (await getCollection('notices')).flatMap(({ id, data }) => [
    {
      title: data.title,
      link: noticePath(id),
      day: data.published,
      description: `${teamToUnit(data)}，${listingLine(data)}。`,
      categories: [data.team.name, data.unit, STAGE_LABELS[data.kind]],
    },
    ...(data.corrections ?? []).map((correction, index) => ({
      title: `更正：${data.title}`,
      // Its own address (and so its own guid): the correction's line on the notice's page. Whole,
      // as @astrojs/rss would put a slash after the anchor of a path.
      link: `${noticeUrl(id, site ?? '')}#${correctionAnchor(index)}`,
      day: correction.date,
      description: `${correctionNote(correction)}。`,
      categories: [data.team.name, data.unit, '更正'],
    })),
  ]);
  // Newest first; on one day, by address, so that the feed is the same from build to build.
  items.sort((a, b) => b.day.localeCompare(a.day) || a.link.localeCompare(b.link));
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: site ?? '',
    customData: '<language>zh-CN</language>',
    items: items.slice(0, FEED_SIZE).map(({ day, ...item }) => ({
      ...item,
      // On a Beijing calendar day: its midnight there, not the build machine's.
      pubDate: new Date(beijingDayStart(day)),
    })),
  });
};
