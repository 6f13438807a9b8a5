/**
 * The notice: the single truth about what a notice's front-matter holds.
 * The site (src/content.config.ts), the command-line tools and the tests all
 * import this module.
 */
import type { z } from 'astro/zod';
import { channelSchema, supervisionSchema } from './channel.ts';
import { correctionsSchema } from './correction.ts';
import { kindSchema } from './kind.ts';
import { calendarDate } from './date.ts';
import { list, strictObject, text } from './fields.ts';
import { meetingSchema } from './meeting.ts';
import { periodSchema } from './period.ts';
import { scopeSchema } from './scope.ts';
import { sourceSchema } from './source.ts';
import { teamSchema } from './team.ts';
import { otherUnitSchema } from './unit.ts';

export function noticeSchema() {
  return strictObject(
    {
      /** What the notice is (schemas/kind.ts); an arrival notice when not given. */
      kind: kindSchema().optional(),
      /** The notice's headline as published. */
      title: text('通知的标题'),
      /** The day the notice was published. */
      published: calendarDate(),
      /** Where the notice comes from (publisher, original address and day), when known. */
      source: sourceSchema().optional(),
      /** The inspection team. */
      team: teamSchema(),
      /** The unit this notice is about, e.g. 张家口市. */
      unit: text('被巡视单位的名称，如 "张家口市"'),
      /** Other units the same team inspects in this round (this notice is about them too); may be empty. */
      otherUnits: list(otherUnitSchema(), '同时被巡视的单位', 0).default([]),
      /** When the team is stationed and accepts reports. */
      period: periodSchema(),
      /** The mobilization meeting, when there was one and the notice reports it. */
      meeting: meetingSchema().optional(),
      /** What the team looks into and which reports it takes, as far as the notice says. */
      scope: scopeSchema().optional(),
      /** How to reach the team, in the notice's order. */
      channels: list(channelSchema(), '联系方式'),
      /** Phones for reporting the team itself (监督电话), apart from the channels. */
      supervision: supervisionSchema().optional(),
      /**
       * The release this notice was published in with others (several teams
       * in one announcement): the same words in each, e.g. 十一届市委第五轮巡察.
       */
      release: text('同一次发布的名称，如 "十一届市委第五轮巡察"').optional(),
      /** What changed after publication, and when (schemas/correction.ts); oldest first. */
      corrections: correctionsSchema().optional(),
    },
    '通知的前置信息（front-matter）',
  );
}

export type Notice = z.output<ReturnType<typeof noticeSchema>>;

/**
 * A notice's listing: what the lists and the feed show of it (title, day,
 * team, unit, period), and the release it belongs to, which its page links. The content store keeps only this; a notice's own
 * page and data files are made from the whole notice.
 */
export function noticeListingSchema() {
  return noticeSchema()
    .pick({ title: true, published: true, unit: true, period: true, release: true, corrections: true })
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
    ...(notice.release ? { release: notice.release } : {}),
    ...(notice.corrections ? { corrections: notice.corrections } : {}),
  };
}
