/**
 * The ways a reader can reach an inspection team, in the words the page
 * uses for them. The schema (src/schemas/channel.ts) owns their shape.
 */

export const CHANNEL_TYPES = ['phone', 'sms', 'email', 'postbox', 'suggestionBox'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/** The heading each channel type gets on the page. */
export const CHANNEL_LABELS: Record<ChannelType, string> = {
  phone: '值班电话',
  sms: '短信',
  email: '电子邮箱',
  postbox: '邮政信箱',
  suggestionBox: '意见箱',
};
