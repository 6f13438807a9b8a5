/**
 * The notice: the single truth about what a notice's front-matter holds.
 * The site (src/content.config.ts), the command-line tools and the tests all
 * import this module.
 */
import { z } from 'astro/zod';
import { channelSchema, supervisionSchema } from './channel.ts';
import { correctionsSchema } from './correction.ts';
import { isStayKind, kindChoices, NOTICE_KINDS, type StayKind } from './kind.ts';
import { inspectionIdSchema, roundSchema } from './inspection.ts';
import { feedbackSchema, rectificationSchema, withdrawalSchema } from './stages.ts';
import { mismatch } from '../notice/messages.ts';
import { unreachable } from '../util/unreachable.ts';
import { calendarDate } from './date.ts';
import { list, strictObject, text, typeMessage } from './fields.ts';
import { meetingSchema } from './meeting.ts';
import { periodSchema } from './period.ts';
import { scopeSchema } from './scope.ts';
import { sourceSchema } from './source.ts';
import { teamSchema } from './team.ts';
import { otherUnitSchema } from './unit.ts';

/** What every kind of notice says: its headline, day, source, team, unit and how to reach whom. */
function commonShape() {
  return {
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
    /**
     * The inspection this notice belongs to: its arrival notice's id. An
     * arrival is its own; a later notice without one stands alone.
     */
    inspection: inspectionIdSchema().optional(),
    /**
     * The release this notice was published in with others (several teams
     * in one announcement): the same words in each, e.g. 十一届市委第五轮巡察.
     */
    release: text('同一次发布的名称，如 "十一届市委第五轮巡察"').optional(),
    /** What changed after publication, and when (schemas/correction.ts); oldest first. */
    corrections: correctionsSchema().optional(),
  };
}

/** An arrival or a review: a team stationed for a period, with channels. */
function stayShape() {
  return {
    ...commonShape(),
    /** Other units the same team inspects in this round (this notice is about them too); may be empty. */
    otherUnits: list(otherUnitSchema(), '同时被巡视的单位', 0).default([]),
    /** The round, when the notice names it, e.g. 十届省委第三轮巡视. */
    round: roundSchema().optional(),
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
  };
}

/** A later stage's channels: where to send further reports or comments; may be none. */
function laterChannels() {
  return list(channelSchema(), '联系方式', 0).default([]);
}

const FIELDS = '通知的前置信息（front-matter）';

/**
 * The notice: one of five kinds (schemas/kind.ts), told apart by `kind`; a
 * notice that does not say is an arrival.
 */
export function noticeSchema() {
  return z.discriminatedUnion(
    'kind',
    [
      strictObject({ kind: z.literal('arrival').default('arrival'), ...stayShape() }, FIELDS),
      strictObject(
        {
          kind: z.literal('review'),
          ...stayShape(),
          /** The inspection reviewed (回头看): its arrival notice's id. */
          inspection: inspectionIdSchema(),
        },
        FIELDS,
      ),
      strictObject(
        {
          kind: z.literal('feedback'),
          ...commonShape(),
          feedback: feedbackSchema(),
          channels: laterChannels(),
        },
        FIELDS,
      ),
      strictObject(
        {
          kind: z.literal('rectification'),
          ...commonShape(),
          rectification: rectificationSchema(),
          channels: laterChannels(),
        },
        FIELDS,
      ),
      strictObject(
        {
          kind: z.literal('withdrawal'),
          ...commonShape(),
          withdrawal: withdrawalSchema(),
          /** What the notice gives to use instead, when it lists channels; may be none. */
          channels: laterChannels(),
        },
        FIELDS,
      ),
    ],
    {
      error: (issue) =>
        issue.code === 'invalid_union'
          ? mismatch((issue.input as { kind?: unknown } | undefined)?.kind, `${kindChoices()}之一`)
          : typeMessage(FIELDS)(issue),
    },
  );
}

export type Notice = z.output<ReturnType<typeof noticeSchema>>;
export type StayNotice = Extract<Notice, { kind: StayKind }>;
export type FeedbackNotice = Extract<Notice, { kind: 'feedback' }>;
export type RectificationNotice = Extract<Notice, { kind: 'rectification' }>;
export type WithdrawalNotice = Extract<Notice, { kind: 'withdrawal' }>;

export function isStay(notice: Notice): notice is StayNotice {
  return isStayKind(notice.kind);
}

/**
 * A notice's listing: what the lists and the feed show of it (title, day,
 * team, unit, period), and what links it to others: its release, its
 * inspection and round, and when a withdrawal stops the channels. The content
 * store keeps only this; a notice's own page and data files are made from the
 * whole notice.
 */
export function noticeListingSchema() {
  return z.strictObject({
    kind: z.enum(NOTICE_KINDS),
    title: z.string(),
    published: z.string(),
    /** The day of its stage: a stay's start, the feedback's day, the publication, the channels' stop. */
    day: z.string(),
    team: z.strictObject({ name: z.string() }),
    unit: z.string(),
    /** The units of a stay besides `unit`. */
    otherUnits: z.array(z.string()).default([]),
    /** The inspection's id; an arrival's own, or a lone notice's own id, is filled in by the reader (content/inspections.ts). */
    inspection: z.string().optional(),
    round: z.string().optional(),
    period: periodSchema().optional(),
    stops: withdrawalSchema().pick({ stops: true, at: true }).optional(),
    /** A stay's channels: its round's table, its poster and its contact cards show them. */
    channels: z.array(channelSchema()).optional(),
    release: z.string().optional(),
    corrections: correctionsSchema().optional(),
  });
}

export type NoticeListing = z.output<ReturnType<typeof noticeListingSchema>>;

/** The day of a notice's stage, as its listing and timeline show it. */
export function stageDay(notice: Notice): string {
  switch (notice.kind) {
    case 'arrival':
    case 'review':
      return notice.period.start;
    case 'feedback':
      return notice.feedback.date;
    case 'rectification':
      return notice.published;
    case 'withdrawal':
      return notice.withdrawal.stops;
    default:
      return unreachable(notice);
  }
}

/** The listing of a notice, its fields in the schema's order. */
export function listingOf(notice: Notice): NoticeListing {
  const stay = isStay(notice) ? notice : undefined;
  return {
    kind: notice.kind,
    title: notice.title,
    published: notice.published,
    day: stageDay(notice),
    team: { name: notice.team.name },
    unit: notice.unit,
    otherUnits: stay ? stay.otherUnits.map((unit) => unit.name) : [],
    ...(notice.inspection ? { inspection: notice.inspection } : {}),
    ...(stay?.round ? { round: stay.round } : {}),
    ...(stay ? { period: stay.period } : {}),
    ...(stay ? { channels: stay.channels } : {}),
    ...(notice.kind === 'withdrawal'
      ? {
          stops: {
            stops: notice.withdrawal.stops,
            ...(notice.withdrawal.at ? { at: notice.withdrawal.at } : {}),
          },
        }
      : {}),
    ...(notice.release ? { release: notice.release } : {}),
    ...(notice.corrections ? { corrections: notice.corrections } : {}),
  };
}
