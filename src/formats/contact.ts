/**
 * The contact details as plain text: what each copy button puts on the
 * clipboard, the copy-all block, and the notes in the vCard and iCalendar
 * files. One place, so the page, the clipboard and the files never differ.
 */
import { formatClock, hoursForm } from '../notice/hours.ts';
import { CHANNEL_LABELS, type Channel, type ChannelOf, type ChannelType } from '../schemas/channel.ts';
import { DAYS_IN_WORDS, type Hours } from '../schemas/hours.ts';
import type { Notice } from '../schemas/notice.ts';
import { unreachable } from '../util/unreachable.ts';
import { stageLine, teamWord } from './stage.ts';

/** "每天 8:00 至 20:00" (several ranges joined with "、"), "每天 24 小时", or the notice's own words. */
export function formatHours(hours: Hours): string {
  const form = hoursForm(hours);
  switch (form.form) {
    case 'ranges':
      return `${DAYS_IN_WORDS[form.days]} ${form.ranges.map((range) => `${formatClock(range.from)} 至 ${formatClock(range.to)}`).join('、')}`;
    case 'allDay':
      return `${DAYS_IN_WORDS[form.days]} 24 小时`;
    case 'words':
      return form.words;
    default:
      return unreachable(form);
  }
}

/** The hours as the page writes them: with "（北京时间）" after times, the notice's words as they are. */
export function hoursInWords(hours: Hours): string {
  return hoursForm(hours).form === 'words' ? formatHours(hours) : `${formatHours(hours)}（北京时间）`;
}

/** The names of the channels, in the notice's order, without repeats: "值班电话、邮政信箱". */
export function channelNames(channels: readonly { type: ChannelType }[]): string {
  return [...new Set(channels.map((channel) => CHANNEL_LABELS[channel.type]))].join('、');
}

/** The channel people call first: the first duty phone, else the first mobile; what posters and cards lead with. */
export function dutyPhone(
  channels: readonly Channel[],
): ChannelOf<'phone'> | ChannelOf<'mobile'> | undefined {
  return channels.find(
    (channel): channel is ChannelOf<'phone'> | ChannelOf<'mobile'> =>
      channel.type === 'phone' || channel.type === 'mobile',
  );
}

/** The numbers of that channel: a phone's, or the mobile's one. */
export function dutyNumbers(channel: ChannelOf<'phone'> | ChannelOf<'mobile'> | undefined): string[] {
  return !channel ? [] : channel.type === 'phone' ? channel.numbers : [channel.number];
}

/** The first channel of a type, typed as that type. */
export function firstOf<T extends ChannelType>(
  channels: readonly Channel[],
  type: T,
): ChannelOf<T> | undefined {
  return channels.find((channel): channel is ChannelOf<T> => channel.type === type);
}

/** The postal box as one line for an envelope: "张家口018信箱（邮编：075000）". */
export function envelopeLine(postbox: ChannelOf<'postbox'>): string {
  return postbox.postcode ? `${postbox.box}（邮编：${postbox.postcode}）` : postbox.box;
}

/** A letter address as one line for an envelope: "…十一楼（邮编：300480）". */
export function letterLine(letter: ChannelOf<'letter'>): string {
  return letter.postcode ? `${letter.address}（邮编：${letter.postcode}）` : letter.address;
}

/** What a copy button puts on the clipboard: exactly the value, one per number for phones. */
export function copyValues(channel: Channel): string[] {
  switch (channel.type) {
    case 'phone':
      return channel.numbers;
    case 'mobile':
    case 'sms':
      return [channel.number];
    case 'email':
      return [channel.address];
    case 'postbox':
      return [envelopeLine(channel)];
    case 'letter':
      return [letterLine(channel)];
    case 'reception':
      return [channel.place];
    case 'suggestionBox':
      return [channel.locations.join('、')];
    case 'online':
      return [channel.url ?? channel.name];
    default:
      return unreachable(channel);
  }
}

/** "（每天 8:00 至 20:00，北京时间）" for hours with times, "（工作日的上班时间）" for words, nothing without hours. */
function hoursNote(hours: Hours | undefined, also = ''): string {
  if (!hours) return also ? `（${also}）` : '';
  const beijing = hoursForm(hours).form === 'words' ? '' : '，北京时间';
  return `（${also ? `${also}，` : ''}${formatHours(hours)}${beijing}）`;
}

/** One channel as a line of text, with its hours or restrictions spelled out. */
export function channelLine(channel: Channel): string {
  const label = CHANNEL_LABELS[channel.type];
  switch (channel.type) {
    case 'phone':
      return `${label}：${channel.numbers.join('、')}${hoursNote(channel.hours)}`;
    case 'mobile':
      return `${label}：${channel.number}${hoursNote(channel.hours, '可打电话、发短信')}`;
    case 'sms':
      return `${label}：${channel.number}（只接收短信，不接听电话）`;
    case 'suggestionBox':
      return `${label}：设在${channel.locations.join('、')}`;
    case 'letter':
      return `${label}：${letterLine(channel)}${channel.note ? `（${channel.note}）` : ''}`;
    case 'reception':
      return `${label}：${channel.place}${hoursNote(channel.hours)}`;
    case 'online':
      return `${label}：${[channel.name, channel.url, channel.note].filter(Boolean).join('，')}`;
    case 'email':
    case 'postbox':
      return `${label}：${copyValues(channel).join('')}`;
    default:
      return unreachable(channel);
  }
}

/** The whole set of contact details as a plain-text block, for the copy-all button. */
export function contactText(notice: Notice): string {
  const accepted = notice.kind === 'arrival' || notice.kind === 'review' ? notice.scope?.accepted : undefined;
  return [
    `${notice.team.name}（${teamWord(notice.team)}${notice.unit}）`,
    stageLine(notice),
    ...notice.channels.map(channelLine),
    ...(accepted ? [`受理范围：${accepted}`] : []),
  ].join('\n');
}
