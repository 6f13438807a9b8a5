/**
 * A notice's stage in words: what it says of time (the period, the
 * feedback's day, when the channels stop), in the team's own word (巡视 or
 * 巡察), for the page, the lists, the feed, the files and the search index.
 */
import { formatDate } from '../notice/dates.ts';
import { formatClock } from '../notice/hours.ts';
import { formatPeriod } from '../notice/period.ts';
import type { NoticeKind } from '../schemas/kind.ts';
import type { Notice } from '../schemas/notice.ts';
import type { Period } from '../schemas/period.ts';
import { unreachable } from '../util/unreachable.ts';

/** "巡视" or "巡察": the word a team's own name uses for what it does. */
export function teamWord(team: { name: string }): '巡视' | '巡察' {
  return team.name.includes('巡察') ? '巡察' : '巡视';
}

/** When a withdrawal stops the channels, in words: "2018年9月30日 18:00", or the day alone. */
export function formatStop(stops: { stops: string; at?: string | undefined }): string {
  return `${formatDate(stops.stops)}${stops.at ? ` ${formatClock(stops.at)}` : ''}`;
}

/** What the notice's stage says of time, in one line: the period, the feedback's day, the stop. */
export function stageLine(notice: Notice): string {
  const word = teamWord(notice.team);
  switch (notice.kind) {
    case 'arrival':
    case 'review':
      return `${word}期间：${formatPeriod(notice.period)}`;
    case 'feedback':
      return `反馈日期：${formatDate(notice.feedback.date)}`;
    case 'rectification':
      return notice.rectification.commentsUntil
        ? `整改情况发布于${formatDate(notice.published)}，${formatDate(notice.rectification.commentsUntil)}前受理意见`
        : `整改情况发布于${formatDate(notice.published)}`;
    case 'withdrawal':
      return `联系方式停止使用：${formatStop(notice.withdrawal)}`;
    default:
      return unreachable(notice);
  }
}

/** What a list shows of a notice's stage, from its listing: "巡视期间：…", "反馈：2018年10月12日"… */
export function listingLine(listing: {
  kind: NoticeKind;
  day: string;
  team: { name: string };
  period?: Period | undefined;
  stops?: { stops: string; at?: string | undefined } | undefined;
}): string {
  switch (listing.kind) {
    case 'arrival':
    case 'review':
      return listing.period
        ? `${listing.kind === 'review' ? '回头看' : teamWord(listing.team)}期间：${formatPeriod(listing.period)}`
        : `进驻：${formatDate(listing.day)}`;
    case 'feedback':
      return `反馈：${formatDate(listing.day)}`;
    case 'rectification':
      return `整改进展情况：${formatDate(listing.day)}`;
    case 'withdrawal':
      return `撤离，联系方式停止使用：${formatStop(listing.stops ?? { stops: listing.day })}`;
    default:
      return unreachable(listing.kind);
  }
}
