/**
 * Reading the facts of an inspection notice out of its cleaned text:
 * team, leader, unit, period, meeting, scope and every contact channel.
 *
 * Nothing is guessed: a fact the text does not state comes back as
 * `undefined` (and the import command writes a placeholder for it). The
 * patterns follow how provincial 巡视组 and city and county 巡察组 notices
 * are written; each is small and tested on notices of the genre.
 */

import type { ChannelType } from '../schemas/channel.ts';
import type { DaysRule } from '../schemas/hours.ts';

const HAN = '\\p{Script=Han}';
const NUMERAL = '[一二三四五六七八九十]+';
/** "河北省委第九巡视组", "中共衡水市委第二巡察组", "县委第一巡察组": where it comes from, 委, its number. */
const TEAM = new RegExp(
  `(?:中共)?(?:${HAN}{0,10}?(?:省|市|自治区|州|县|区|旗|盟))委第${NUMERAL}(?:巡视|巡察)组`,
  'gu',
);
/** Words that can stand right before a team's name without a comma and are not part of it. */
const LEADING_WORDS = /^(?:日前|近日|今天|今日|昨天|昨日|目前|随后|同时|其间|据悉|并由|由|经|对|向|与|和)/u;
const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/u;
const DATE_G = new RegExp(DATE.source, 'gu');
const RANGE_MARK = '(?:至|到|—|–|－|-|~|～)';
const TITLE_WORDS =
  '(?:书记|副书记|主任|副主任|组长|副组长|部长|市长|县长|区长|局长|主席|委员|成员|处长|厅长|常委|秘书长|负责人|同志)';
const LANDLINE = /(?<!\d)[(（]?(0\d{2,3})[)）]?\s*[-—–－]?\s*(\d{7,8})(?!\d)/gu;
const MOBILE = /(?<!\d)(1[3-9]\d{9})(?!\d)/gu;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;

/** A calendar day as the text gives it, the year possibly missing. */
export interface TextDate {
  year: number | undefined;
  month: number;
  day: number;
}

export interface ExtractedChannel {
  type: ChannelType;
  /** Where in the text it was found, to keep the notice's order. */
  at: number;
  numbers?: string[];
  number?: string;
  address?: string;
  box?: string;
  postcode?: string | undefined;
  locations?: string[];
  days?: DaysRule | undefined;
  ranges?: { from: string; to: string }[];
}

export interface Extracted {
  title: string | undefined;
  team: {
    name: string | undefined;
    nameAsWritten: string | undefined;
    leader: string | undefined;
    deputyLeaders: string[];
  };
  unit: string | undefined;
  otherUnits: { name: string; meetingDate: TextDate | undefined }[];
  period: { start: TextDate | undefined; end: TextDate | undefined; reportsUntil: TextDate | undefined };
  meeting: {
    date: TextDate | undefined;
    chair: { name: string; role: string } | undefined;
    speakers: { name: string; role: string; topic: string | undefined }[];
  };
  scope: {
    focusName: string | undefined;
    focusItems: string[];
    special: string[];
    accepted: string | undefined;
    referred: string | undefined;
  };
  channels: ExtractedChannel[];
}

function textDate(match: readonly (string | undefined)[] | null | undefined): TextDate | undefined {
  if (!match) return undefined;
  return { year: match[1] ? Number(match[1]) : undefined, month: Number(match[2]), day: Number(match[3]) };
}

/** The sentences of the text, each ending with its 。 (or the line end). */
function sentences(text: string): { text: string; at: number }[] {
  const result: { text: string; at: number }[] = [];
  for (const match of text.matchAll(/[^。\n]+。?/gu)) result.push({ text: match[0], at: match.index });
  return result;
}

/** The most specific team name in the text: the longest match, then the first. */
function teamName(text: string): string | undefined {
  let best: string | undefined;
  for (const [match] of text.matchAll(TEAM)) {
    const name = match.replace(LEADING_WORDS, '');
    if (!best || name.length > best.length) best = name;
  }
  return best;
}

function leader(text: string): string | undefined {
  return new RegExp(`(?<!副)组长(${HAN}{2,3}?)(?=就|在|作|主持|对|向|，|、|同志|讲话|宣读|代表)`, 'u').exec(
    text,
  )?.[1];
}

function deputyLeaders(text: string): string[] {
  const list = new RegExp(
    `副组长((?:${HAN}{2,3}[、，和])*${HAN}{2,3}?)(?=及|和巡|等|，|出席|参加|在)`,
    'u',
  ).exec(text)?.[1];
  return list ? list.split(/[、，和]/u).filter(Boolean) : [];
}

function inspectedUnit(text: string): string | undefined {
  const patterns = [
    new RegExp(`(?:巡视|巡察)组(?:巡视|巡察)(${HAN}[^，。；]{1,30}?)(?:工作)?动员会`, 'u'),
    new RegExp(`(?:巡视|巡察)组进驻(${HAN}[^，。；]{1,30}?)(?:开展|进行|，)`, 'u'),
    new RegExp(`在(${HAN}[^，。；]{1,30}?)(?:巡视|巡察)期间`, 'u'),
  ];
  for (const pattern of patterns) {
    const unit = pattern.exec(text)?.[1];
    if (unit) return unit;
  }
  return undefined;
}

function period(text: string): Extracted['period'] {
  const range = new RegExp(
    `(?:巡视|巡察|驻点)(?:工作)?(?:期间|时间)(?:为|是|：)?[（(]?(${DATE.source})${RANGE_MARK}(${DATE.source})`,
    'u',
  ).exec(text);
  const until =
    new RegExp(`(?:受理|反映)[^。；]{0,16}?截止(?:时间|日期)?(?:为|到|至|是)?(${DATE.source})`, 'u').exec(
      text,
    ) ?? new RegExp(`(${DATE.source})(?:以?后)?(?:不再|停止)受理`, 'u').exec(text);
  return {
    start: textDate(range?.slice(1, 5)),
    end: textDate(range?.slice(5, 9)),
    reportsUntil: textDate(until?.slice(1, 5)),
  };
}

/** The date of the first sentence that tells of the mobilization meeting. */
function meetingDate(text: string): TextDate | undefined {
  const sentence = sentences(text).find((s) => s.text.includes('动员会'));
  return textDate(sentence && DATE.exec(sentence.text));
}

/** "省委巡视办主任李景辉" → role and name, splitting before the name that `next` follows. */
function personBefore(clause: string, next: string): { name: string; role: string } | undefined {
  const match = new RegExp(`([^，。；：]*?${TITLE_WORDS})(${HAN}{2,3}?)(?=${next})`, 'u').exec(clause);
  if (!match?.[1] || !match[2]) return undefined;
  return { name: match[2], role: match[1] };
}

function meetingPeople(text: string): Pick<Extracted['meeting'], 'chair' | 'speakers'> {
  let chair: { name: string; role: string } | undefined;
  const speakers: Extracted['meeting']['speakers'] = [];
  for (const clause of text.split(/[，。；]/u)) {
    const chaired = personBefore(clause, '主持');
    if (chaired && !chair) {
      chair = chaired;
      const after = /主持(?:会议|动员会)?并(作[^，。；]+)/u.exec(clause)?.[1];
      if (after) speakers.push({ ...chaired, topic: after });
      continue;
    }
    const spoke = personBefore(clause, '就|作');
    if (!spoke || speakers.some((s) => s.name === spoke.name)) continue;
    const topic = new RegExp(`${spoke.name}((?:就|作)[^，。；]+)`, 'u').exec(clause)?.[1];
    if (topic && /讲话|要求|发言|说明|部署|动员/u.test(topic)) speakers.push({ ...spoke, topic });
  }
  return { chair, speakers };
}

function otherUnits(text: string, unit: string | undefined): Extracted['otherUnits'] {
  const match = new RegExp(`还(?:对|到)([^。；]+?)(?:开展|进行)(?:巡视|巡察)`, 'u').exec(text);
  if (!match?.[1]) return [];
  const names = match[1]
    .split(/[、，和]/u)
    .map((name) => (unit && name.startsWith(unit) && name !== unit ? name.slice(unit.length) : name));
  const rest = text.slice((match.index ?? 0) + match[0].length).split('。')[0] ?? '';
  const dates = [...rest.matchAll(DATE_G)].map(textDate);
  return names.map((name, index) => ({ name, meetingDate: dates.length === 1 ? dates[0] : dates[index] }));
}

function scope(text: string): Extracted['scope'] {
  const focus = /(?:紧扣|聚焦|围绕|突出)“([^”]+)”[，,]?([^。]+)。/u.exec(text);
  const focusItems = focus?.[2]
    ? focus[2]
        .split('；')
        .map((item) => item.trim())
        .filter(Boolean)
    : [];
  const special = /特别要把([^。]+?)[，,]?作为[^。]*?重要内容/u.exec(text)?.[1];
  const accepted = new RegExp(`([^，。；]*?(?:巡视|巡察)组主要受理[^。]+。)`, 'u').exec(text)?.[1];
  const referred = /([^。]*转交[^。]*。)/u.exec(text)?.[1];
  return {
    focusName: focus?.[1],
    focusItems: focusItems.length > 1 ? focusItems : [],
    special: special ? [special] : [],
    accepted,
    referred,
  };
}

/** "下午2:30" → "14:30"; the period word carries on to the times after it. */
function clockTimes(segment: string): string[] {
  const times: string[] = [];
  let period = '';
  const pattern = /(早上|早|上午|中午|下午|晚上|晚)?\s*(\d{1,2})(?:[:：∶](\d{2})|时(?:(\d{1,2})分)?)/gu;
  for (const match of segment.matchAll(pattern)) {
    if (match[1]) period = match[1];
    let hours = Number(match[2]);
    const minutes = Number(match[3] ?? match[4] ?? 0);
    if (/下午|晚/u.test(period) && hours < 12) hours += 12;
    if (period === '中午' && hours < 11) hours += 12;
    times.push(`${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);
  }
  return times;
}

function hoursOf(segment: string): Pick<ExtractedChannel, 'days' | 'ranges'> {
  const days = /每天|每日|全天/u.test(segment)
    ? 'daily'
    : /工作日|周一至周五|周一到周五|星期一至星期五|星期一到星期五/u.test(segment)
      ? 'workdays'
      : undefined;
  const times = clockTimes(segment);
  const ranges: { from: string; to: string }[] = [];
  for (let index = 0; index + 1 < times.length; index += 2)
    ranges.push({ from: times[index]!, to: times[index + 1]! });
  return { days, ranges };
}

function phoneNumbers(segment: string): string[] {
  const numbers: { at: number; number: string }[] = [];
  for (const match of segment.matchAll(LANDLINE))
    numbers.push({ at: match.index, number: `${match[1]}-${match[2]}` });
  for (const match of segment.matchAll(MOBILE)) numbers.push({ at: match.index, number: match[1]! });
  return numbers.sort((a, b) => a.at - b.at).map((n) => n.number);
}

const LABEL =
  /(举报电话|值班电话|联系电话|专线电话|电话|手机号码|手机|举报短信|短信|电子邮箱|电子信箱|邮箱|邮政信箱|通信地址|邮寄地址|信箱|意见箱|举报箱)[：:]/gu;

function channels(text: string): ExtractedChannel[] {
  const found: ExtractedChannel[] = [];
  const labels = [...text.matchAll(LABEL)];
  for (const [index, label] of labels.entries()) {
    const start = label.index + label[0].length;
    const next = labels[index + 1]?.index ?? text.length;
    const end = Math.min(
      next,
      ...['。', '；'].map((mark) => text.indexOf(mark, start)).filter((at) => at >= 0),
    );
    const segment = text.slice(start, end);
    const name = label[1] ?? '';
    const at = label.index;
    const email = EMAIL.exec(segment)?.[0];
    if (/意见箱|举报箱/u.test(name)) {
      const places = segment
        .replace(/^(?:分别)?(?:设(?:置)?在|设于|在)/u, '')
        .replace(/(?:等处)?(?:设置|设立)(?:了)?$/u, '')
        .split(/[、，]|以及/u)
        .map((place) => place.trim())
        .filter(Boolean);
      if (places.length) found.push({ type: 'suggestionBox', at, locations: places });
    } else if (/邮政信箱|通信地址|邮寄地址|^信箱$/u.test(name) && !email) {
      const box = /^([^，,（(]+?信箱)/u.exec(segment)?.[1];
      const postcode = /邮(?:政)?编(?:码)?[：:]?\s*(\d{6})/u.exec(text.slice(start, end))?.[1];
      if (box) found.push({ type: 'postbox', at, box, postcode });
    } else if (email) {
      found.push({ type: 'email', at, address: email });
    } else if (/短信/u.test(name) || /短信/u.test(segment)) {
      const number = phoneNumbers(segment).find((n) => /^1/u.test(n));
      if (number) found.push({ type: 'sms', at, number });
    } else if (/电话|手机/u.test(name)) {
      const numbers = phoneNumbers(segment);
      if (numbers.length) found.push({ type: 'phone', at, numbers, ...hoursOf(segment) });
    }
  }
  // Boxes told in a sentence rather than after a label: "在……设置了意见箱".
  const unlabelled = /在([^。；：]+?)(?:等处)?设(?:置|立)(?:了)?(?:意见箱|举报箱)/u.exec(text);
  if (unlabelled?.[1] && !found.some((channel) => channel.type === 'suggestionBox')) {
    found.push({
      type: 'suggestionBox',
      at: unlabelled.index,
      locations: unlabelled[1].split(/[、，]|以及/u).filter(Boolean),
    });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The headline the text gives itself: "……动员会召开". */
function title(text: string): string | undefined {
  return /([^，。；]*动员会(?:召开|举行))/u.exec(text)?.[1];
}

export function extractNotice(text: string): Extracted {
  const unit = inspectedUnit(text);
  const name = teamName(text);
  // A name that does not say where the team comes from ("省委第九巡视组")
  // is not the full name; the province or city is left to a person.
  const complete = name !== undefined && !/^(?:中共)?(?:省委|市委|州委|县委|区委|旗委|盟委)/u.test(name);
  return {
    title: title(text),
    team: {
      name: complete ? name : undefined,
      nameAsWritten: name,
      leader: leader(text),
      deputyLeaders: deputyLeaders(text),
    },
    unit,
    otherUnits: otherUnits(text, unit),
    period: period(text),
    meeting: { date: meetingDate(text), ...meetingPeople(text) },
    scope: scope(text),
    channels: channels(text),
  };
}
