import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts.ts';
import { noticePath } from '../notice/urls.ts';
import { beijingDayStart } from '../notice/dates.ts';
import { sortNewestFirst, teamToUnit } from '../notice/order.ts';
import { formatPeriod } from '../notice/period.ts';

/** How many notices the feed carries: a reader's feed reader fetches it again and again. */
const FEED_SIZE = 50;

/** The newest notices, for readers and journalists who follow new ones. */
export const GET: APIRoute = async ({ site }) => {
  const notices = sortNewestFirst(await getCollection('notices')).slice(0, FEED_SIZE);
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: site ?? '',
    customData: '<language>zh-CN</language>',
    items: notices.map((notice) => ({
      title: notice.data.title,
      link: noticePath(notice.id),
      // Published on a Beijing calendar day: its midnight there, not the build machine's.
      pubDate: new Date(beijingDayStart(notice.data.published)),
      description: `${teamToUnit(notice.data)}，巡视期间${formatPeriod(notice.data.period)}。`,
      categories: [notice.data.team.name, notice.data.unit],
    })),
  });
};
