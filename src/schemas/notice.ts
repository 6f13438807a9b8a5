/**
 * The notice: the single truth about what a notice's front-matter holds.
 * The site (src/content.config.ts), the command-line tools and the tests all
 * import this module.
 */
import type { z } from 'astro/zod';
import { channelSchema } from './channel.ts';
import { calendarDate } from './date.ts';
import { list, strictObject, text } from './fields.ts';
import { meetingSchema } from './meeting.ts';
import { periodSchema } from './period.ts';
import { scopeSchema } from './scope.ts';
import { teamSchema } from './team.ts';
import { otherUnitSchema } from './unit.ts';

export function noticeSchema() {
  return strictObject(
    {
      /** The notice's headline as published. */
      title: text('通知的标题'),
      /** The day the notice was published. */
      published: calendarDate(),
      /** The inspection team. */
      team: teamSchema(),
      /** The unit this notice is about, e.g. 张家口市. */
      unit: text('被巡视单位的名称，如 "张家口市"'),
      /** Other units the same team inspects in this round; may be empty. */
      otherUnits: list(otherUnitSchema(), '同时被巡视的单位', 0).default([]),
      /** When the team is stationed and accepts reports. */
      period: periodSchema(),
      /** The mobilization meeting. */
      meeting: meetingSchema(),
      /** What the team looks into and which reports it takes. */
      scope: scopeSchema(),
      /** How to reach the team, in the notice's order. */
      channels: list(channelSchema(), '联系方式'),
    },
    '通知的前置信息（front-matter）',
  );
}

export type Notice = z.output<ReturnType<typeof noticeSchema>>;

/**
 * A notice's listing: what the lists and the feed show of it (title, day,
 * team, unit, period). The content store keeps only this; a notice's own
 * page and data files are made from the whole notice.
 */
export function noticeListingSchema() {
  return noticeSchema()
    .pick({ title: true, published: true, unit: true, period: true })
    .extend({ team: teamSchema().pick({ name: true }) });
}

export type NoticeListing = z.output<ReturnType<typeof noticeListingSchema>>;

/** The listing of a notice, its fields in the schema's order. */
export function listingOf(notice: Notice): NoticeListing {
  return {
    title: notice.title,
    published: notice.published,
    team: { name: notice.team.name },
    unit: notice.unit,
    period: notice.period,
  };
}
