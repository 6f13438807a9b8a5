/**
 * The ways a reader can reach an inspection team, in the words the page
 * uses for them. Their shapes are the members of the schema's union
 * (src/schemas/channel.ts), the one list of channel types.
 */
import type { ChannelType } from '../schemas/channel.ts';

/** The heading each channel type gets on the page; a type without one does not type-check. */
export const CHANNEL_LABELS: Readonly<Record<ChannelType, string>> = {
  phone: '值班电话',
  sms: '短信',
  email: '电子邮箱',
  postbox: '邮政信箱',
  suggestionBox: '意见箱',
};

/** The channel types in the order of CHANNEL_LABELS. */
export const CHANNEL_TYPES: readonly ChannelType[] = Object.keys(CHANNEL_LABELS) as ChannelType[];

/** The names of the channels, in the notice's order, without repeats: "值班电话、邮政信箱". */
export function channelNames(channels: readonly { type: ChannelType }[]): string {
  return [...new Set(channels.map((channel) => CHANNEL_LABELS[channel.type]))].join('、');
}
