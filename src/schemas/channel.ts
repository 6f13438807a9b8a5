import { z } from 'astro/zod';
import { MOBILE_PATTERN, mobileProblem, PHONE_PATTERN, phoneProblem } from '../notice/phone.ts';
import { expectation, mismatch } from '../notice/messages.ts';
import { checkedString, emailAddress, list, strictObject, text, webAddress } from './fields.ts';
import { hoursSchema } from './hours.ts';

const POSTCODE = /^\d{6}$/;

function postcodeSchema() {
  return checkedString('带引号的 6 位邮政编码，如 "075000"', (value) =>
    POSTCODE.test(value) ? undefined : mismatch(value, '6 位数字的邮政编码，如 "075000"'),
  ).meta({ pattern: POSTCODE.source });
}

/** One or more phone numbers, landlines or mobiles; `example` shows one in the message. */
function phoneNumbersSchema(example: string) {
  return list(
    checkedString(`带引号的电话号码，如 "${example}"`, phoneProblem).meta({ pattern: PHONE_PATTERN }),
    '电话号码',
  );
}

/** A mobile number; `example` shows one in the message. */
function mobileNumberSchema(example: string) {
  return checkedString(`带引号的手机号码，如 "${example}"`, mobileProblem).meta({ pattern: MOBILE_PATTERN });
}

function phoneSchema() {
  return strictObject(
    {
      type: z.literal('phone'),
      /** One or more numbers answered at the same hours: landlines or mobiles. */
      numbers: phoneNumbersSchema('0313-2568718'),
      /** When the phone is staffed, when the notice says. */
      hours: hoursSchema().optional(),
    },
    '值班电话',
  );
}

function mobileSchema() {
  return strictObject(
    {
      type: z.literal('mobile'),
      /** A mobile that takes both calls and text messages. */
      number: mobileNumberSchema('15931270416'),
      /** When it is answered, when the notice says. */
      hours: hoursSchema().optional(),
    },
    '手机（可通话、发短信）',
  );
}

function letterSchema() {
  return strictObject(
    {
      type: z.literal('letter'),
      /** The street address letters go to, as the notice writes it (来信请寄：…). */
      address: text('来信地址，如 "汉沽区新开中路88号区行政四号楼十一楼"'),
      /** The 6-digit postcode, when the notice gives one. */
      postcode: postcodeSchema().optional(),
      /** What the notice asks of a letter, e.g. 信封上请注明“巡察组收”，以邮戳日期为准. */
      note: text('对来信的说明，如 "以邮戳日期为准"').optional(),
    },
    '来信地址',
  );
}

function receptionSchema() {
  return strictObject(
    {
      type: z.literal('reception'),
      /** Where visitors are received: address and room, e.g. 主校区行政楼二楼205室. */
      place: text('接待地点，如 "行政楼二楼205室"'),
      /** When, when the notice says. */
      hours: hoursSchema().optional(),
    },
    '来访接待',
  );
}

function onlineSchema() {
  return strictObject(
    {
      type: z.literal('online'),
      /** The platform as the notice names it, e.g. 微信小程序“码上巡”. */
      name: text('平台名称，如 "微信小程序“码上巡”"'),
      /** Its web address, when it has one. */
      url: webAddress().optional(),
      /** How to reach it, in the notice's words, e.g. 打开微信搜索“码上巡”小程序. */
      note: text('使用方法的原文').optional(),
    },
    '网络平台',
  );
}

function smsSchema() {
  return strictObject(
    {
      type: z.literal('sms'),
      /** A mobile that takes text messages only: never offered as a number to call. */
      number: mobileNumberSchema('18830681009'),
    },
    '短信号码',
  );
}

function emailSchema() {
  return strictObject(
    {
      type: z.literal('email'),
      /** The team's e-mail address. */
      address: emailAddress(),
    },
    '电子邮箱',
  );
}

function postboxSchema() {
  return strictObject(
    {
      type: z.literal('postbox'),
      /** The box as it goes on an envelope, e.g. 张家口018信箱. */
      box: text('信箱名称，如 "张家口018信箱"'),
      /** The 6-digit postcode, when the notice gives one. */
      postcode: postcodeSchema().optional(),
    },
    '邮政信箱',
  );
}

function suggestionBoxSchema() {
  return strictObject(
    {
      type: z.literal('suggestionBox'),
      /** Where the boxes stand, one entry per box. */
      locations: list(text('意见箱的位置'), '意见箱位置'),
    },
    '意见箱',
  );
}

/**
 * One way to reach the team. `type` picks the shape. This union is the one
 * list of channel types: a new type (a website, a reception address) is a
 * member here and a label in CHANNEL_LABELS below, and the type checker
 * then points at every place that must handle it (ARCHITECTURE.md).
 */
export function channelSchema() {
  return z.discriminatedUnion(
    'type',
    [
      phoneSchema(),
      mobileSchema(),
      smsSchema(),
      emailSchema(),
      postboxSchema(),
      letterSchema(),
      receptionSchema(),
      suggestionBoxSchema(),
      onlineSchema(),
    ],
    {
      // Typed, so that its use of CHANNEL_TYPES (typed by this union) leaves the union's type alone.
      error: (issue): string => {
        const typeChoices: string = CHANNEL_TYPES.map((type) => `${type}（${CHANNEL_LABELS[type]}）`).join(
          '、',
        );
        const input = issue.input as { type?: unknown } | undefined;
        if (typeof input !== 'object' || input === null || Array.isArray(input)) {
          return mismatch(input, '一种联系方式（包含 type 等字段）');
        }
        if (input.type === undefined) return `缺少字段 type，${expectation(`${typeChoices}之一`)}`;
        return `${mismatch(input.type, `${typeChoices}之一`)}：没有这种联系方式`;
      },
    },
  );
}

export type Channel = z.output<ReturnType<typeof channelSchema>>;
export type ChannelType = Channel['type'];
/** The channel of one type: ChannelOf<'postbox'>. */
export type ChannelOf<T extends ChannelType> = Extract<Channel, { type: T }>;

/** The heading each channel type gets on the page; a type without one does not type-check. */
export const CHANNEL_LABELS: Readonly<Record<ChannelType, string>> = {
  phone: '值班电话',
  mobile: '手机',
  sms: '短信',
  email: '电子邮箱',
  postbox: '邮政信箱',
  letter: '来信地址',
  reception: '来访接待',
  suggestionBox: '意见箱',
  online: '网络平台',
};

/** The channel types in the order of CHANNEL_LABELS. */
export const CHANNEL_TYPES: readonly ChannelType[] = Object.keys(CHANNEL_LABELS) as ChannelType[];

/**
 * A phone for reporting the team itself (监督电话): not a way to reach the
 * team with a report, so it is kept apart from the channels.
 */
export function supervisionSchema() {
  return list(
    strictObject(
      {
        /** The numbers, landlines or mobiles. */
        numbers: phoneNumbersSchema('022-67190312'),
        /** When it is answered, when the notice says. */
        hours: hoursSchema().optional(),
      },
      '监督电话',
    ),
    '监督电话',
  );
}
