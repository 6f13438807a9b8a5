/**
 * The contact details as plain text: what each copy button puts on the
 * clipboard, the copy-all block, and the notes in the vCard and iCalendar
 * files. One place, so the page, the clipboard and the files never differ.
 */
import { formatClock } from '../notice/hours.ts';
import { formatPeriod } from '../notice/period.ts';
import { CHANNEL_LABELS, type Channel, type ChannelOf, type ChannelType } from '../schemas/channel.ts';
import { DAYS_IN_WORDS, type Hours } from '../schemas/hours.ts';
import type { Notice } from '../schemas/notice.ts';
import { unreachable } from '../util/unreachable.ts';

/** "每天 8:00 至 20:00"; several ranges are joined with "、". */
export function formatHours(hours: Hours): string {
  const ranges = hours.ranges.map((range) => `${formatClock(range.from)} 至 ${formatClock(range.to)}`);
  return `${DAYS_IN_WORDS[hours.days]} ${ranges.join('、')}`;
}

/** The names of the channels, in the notice's order, without repeats: "值班电话、邮政信箱". */
export function channelNames(channels: readonly { type: ChannelType }[]): string {
  return [...new Set(channels.map((channel) => CHANNEL_LABELS[channel.type]))].join('、');
}

/** The postal box as one line for an envelope: "张家口018信箱（邮编：075000）". */
export function envelopeLine(postbox: ChannelOf<'postbox'>): string {
  return postbox.postcode ? `${postbox.box}（邮编：${postbox.postcode}）` : postbox.box;
}

/** What a copy button puts on the clipboard: exactly the value, one per number for phones. */
export function copyValues(channel: Channel): string[] {
  switch (channel.type) {
    case 'phone':
      return channel.numbers;
    case 'sms':
      return [channel.number];
    case 'email':
      return [channel.address];
    case 'postbox':
      return [envelopeLine(channel)];
    case 'suggestionBox':
      return [channel.locations.join('、')];
    default:
      return unreachable(channel);
  }
}

/** One channel as a line of text, with its hours or restrictions spelled out. */
export function channelLine(channel: Channel): string {
  const label = CHANNEL_LABELS[channel.type];
  switch (channel.type) {
    case 'phone':
      return `${label}：${channel.numbers.join('、')}（${formatHours(channel.hours)}，北京时间）`;
    case 'sms':
      return `${label}：${channel.number}（只接收短信，不接听电话）`;
    case 'suggestionBox':
      return `${label}：设在${channel.locations.join('、')}`;
    case 'email':
    case 'postbox':
      return `${label}：${copyValues(channel).join('')}`;
    default:
      return unreachable(channel);
  }
}

/** The whole set of contact details as a plain-text block, for the copy-all button. */
export function contactText(notice: Notice): string {
  return [
    `${notice.team.name}（巡视${notice.unit}）`,
    `巡视期间：${formatPeriod(notice.period)}`,
    ...notice.channels.map(channelLine),
    `受理范围：${notice.scope.accepted}`,
  ].join('\n');
}
