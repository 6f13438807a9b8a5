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
import type { DaysRule, Hours } from '../schemas/hours.ts';

const HAN = '\\p{Script=Han}';
const NUMERAL = '[一二三四五六七八九十]+';
/**
 * "河北省委第九巡视组", "中共衡水市委第二巡察组", "县委第一巡察组", "中央第五巡视组",
 * "校党委第一巡察组", "市卫生健康委党委第二巡察组": where it comes from, its number.
 */
const TEAM = new RegExp(
  `(?:中共)?(?:中央|${HAN}{0,14}?(?:省|市|自治区|州|县|区|旗|盟)委|${HAN}{0,14}?党(?:委|组))第${NUMERAL}(?:巡视|巡察)组`,
  'gu',
);
/** A team named without its number: "市委第巡察组", which a person must complete. */
const TEAM_WITHOUT_NUMBER = new RegExp(`(?:中共)?${HAN}{0,10}?委第(?:巡视|巡察)组`, 'u');
/** Words that can stand right before a team's name without a comma and are not part of it. */
const LEADING_WORDS =
  /^(?:日前|近日|今天|今日|昨天|昨日|目前|随后|同时|其间|据悉|根据安排|按照|并由|由|经|对|向|与|和|上午|下午)+/u;
export const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/u;
const DATE_G = new RegExp(DATE.source, 'gu');
const RANGE_MARK = '(?:至|到|—|–|－|-|~|～)';
const TITLE_WORDS =
  '(?:书记|副书记|主任|副主任|组长|副组长|部长|市长|县长|区长|局长|主席|委员|成员|处长|厅长|常委|秘书长|负责人|同志|董事长|总经理|院长|校长)';
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
  /** Hours as the schema holds them, for the channels that take any. */
  hours?: Hours | undefined;
  /** Hours the text gives that cannot be read without doubt, in its words. */
  unclear?: string | undefined;
  note?: string | undefined;
  place?: string;
  name?: string;
  url?: string | undefined;
}

export interface Extracted {
  title: string | undefined;
  team: {
    name: string | undefined;
    nameAsWritten: string | undefined;
    /** A team's name the text gives without its number ("市委第巡察组"), for a person to complete. */
    garbled: string | undefined;
    leader: string | undefined;
    deputyLeaders: string[];
  };
  unit: string | undefined;
  otherUnits: { name: string; meetingDate: TextDate | undefined }[];
  period: {
    start: TextDate | undefined;
    end: TextDate | undefined;
    reportsUntil: TextDate | undefined;
    /** How long, in the notice's words: "4个半月", "约1个月", "60天". */
    duration: string | undefined;
    /** A duration in days, which makes the end exact. */
    days: number | undefined;
    /** Reports close this many days before the end ("巡察结束前5天"). */
    closesBeforeEnd: number | undefined;
    /** A date the text gives that is no date ("2025年1021日"), for a person to read. */
    garbled: string | undefined;
    /** The period starts on the day of the notice ("即日起至……"). */
    fromPublication: boolean;
  };
  meeting: {
    /** Whether the text reports a mobilization meeting at all. */
    held: boolean;
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
  /** Phones for reporting the team itself (监督电话). */
  supervision: { numbers: string[] }[];
}

export function textDate(match: readonly (string | undefined)[] | null | undefined): TextDate | undefined {
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
    const name = match.replace(LEADING_WORDS, '').replace(/^中共/u, '');
    // Not a place but an address the name ends: "……88号区行政四号楼十一楼市委第三巡察组".
    if (/[号楼室路层]/u.test(name.replace(/第.+$/u, ''))) continue;
    if (!best || name.length > best.length) best = name;
  }
  return best;
}

function leader(text: string): string | undefined {
  return new RegExp(
    `(?<!副)组长[：:]?(${HAN}{2,3}?)(?=就|在|作|主持|对|向|同|与|，|、|；|。|同志|讲话|宣读|代表)`,
    'u',
  ).exec(text)?.[1];
}

function deputyLeaders(text: string): string[] {
  const list = new RegExp(
    `副组长[：:]?((?:${HAN}{2,3}[、，和])*${HAN}{2,3}?)(?=及|和巡|等|，|。|；|出席|参加|在)`,
    'u',
  ).exec(text)?.[1];
  return list ? list.split(/[、，和]/u).filter(Boolean) : [];
}

/** The units a list names: "A、B和C", each as written, a shared 党委/党组 given to every one. */
function unitList(list: string): string[] {
  const names = list
    .split(/[、，,]/u)
    .map((name) => name.trim())
    .filter(Boolean);
  // "机械工程学院、材料学院、外国语学院党委": the last one's 党委 is every one's.
  const suffix = /(党委|党组|党工委)$/u.exec(names.at(-1) ?? '')?.[1];
  if (suffix && names.length > 1 && names.slice(0, -1).every((name) => !/(?:党委|党组|党工委)$/u.test(name)))
    return names.map((name) => (name.endsWith(suffix) ? name : `${name}${suffix}`));
  return names;
}

/** Every unit the team inspects, in the notice's order, with each one's meeting day where given. */
function inspectedUnits(text: string): { name: string; meetingDate: TextDate | undefined }[] {
  // "分别召开进驻动员会：4月8日县发展和改革局，4月9日县教育局、县民政局"
  const days = new RegExp(`动员会[：:]((?:${DATE.source}[^。；]+?[，、；]?)+)。`, 'u').exec(text)?.[1];
  if (days) {
    const units: { name: string; meetingDate: TextDate | undefined }[] = [];
    for (const part of days.matchAll(
      new RegExp(`(${DATE.source})([^。；]+?)(?=[，；]?${DATE.source}|$)`, 'gu'),
    )) {
      const date = textDate(part.slice(1, 5));
      for (const name of unitList(part[5]!.replace(/[，；]$/u, ''))) units.push({ name, meetingDate: date });
    }
    if (units.length) return units;
  }
  const patterns = [
    new RegExp(`被(?:巡视|巡察)单位[：:]([^。\\n]+)`, 'u'),
    new RegExp(`(?:巡视|巡察)组[：:](?:进驻|巡视|巡察)([^。；\\n]+)`, 'u'),
    new RegExp(`(?:巡视|巡察)组(?:巡视|巡察)(${HAN}[^，。；\\n]{1,80}?)(?:工作)?动员会`, 'u'),
    new RegExp(`对(${HAN}[^，。；\\n]{1,80}?)开展[^。；\\n]{0,14}?(?:巡视|巡察)`, 'u'),
    new RegExp(`(?:分别)?进驻(?!时间)(${HAN}[^，。；\\n]{1,80}?)[，,](?:开展|进行)`, 'u'),
    new RegExp(`(?:巡视|巡察)组进驻(?!时间)(${HAN}[^，。；\\n]{1,30}?)(?:开展|进行|，)`, 'u'),
    new RegExp(`在(${HAN}[^，。；\\n]{1,30}?)(?:巡视|巡察)期间`, 'u'),
    // "市委第一巡察组巡察市财政局党组，值班电话：……": a team's own sentence in a release.
    new RegExp(`^(?:${TEAM.source})(?:巡视|巡察|进驻)(${HAN}[^，。；\\n]{1,60}?)(?=[，。；\\n]|$)`, 'mu'),
    new RegExp(`(?:巡视|巡察)组进驻(${HAN}[^，。；\\n]{1,30}?)$`, 'mu'),
    // A later stage looks back: "对张家口市进行了巡视".
    new RegExp(`对(${HAN}[^，。；\\n]{1,40}?)进行了?(?:巡视|巡察)`, 'u'),
  ];
  for (const pattern of patterns) {
    const list = pattern.exec(text)?.[1];
    if (list) return unitList(list).map((name) => ({ name, meetingDate: undefined }));
  }
  return [];
}

const COUNT = '(?:\\d+|[一二两三四五六七八九十]+)';

function count(words: string): number {
  if (/^\d+$/u.test(words)) return Number(words);
  const digits: Record<string, number> = {
    一: 1,
    二: 2,
    两: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
  };
  const [tens, ones] = words.includes('十') ? words.split('十') : ['', words];
  return (words.includes('十') ? (tens ? digits[tens]! : 1) * 10 : 0) + (ones ? (digits[ones] ?? 0) : 0);
}

function period(text: string): Extracted['period'] {
  const range =
    new RegExp(`从(${DATE.source})开始[，,]?至(${DATE.source})结束`, 'u').exec(text) ??
    new RegExp(`(${DATE.source})${RANGE_MARK}(${DATE.source})`, 'u').exec(text);
  const since =
    new RegExp(`(${DATE.source})起`, 'u').exec(text) ??
    new RegExp(`进驻(?:时间)?(?:为|是|于)(${DATE.source})`, 'u').exec(text) ??
    new RegExp(`于(${DATE.source})进驻`, 'u').exec(text);
  // "即日起至6月30日": from the day of the notice, which --date gives.
  const fromToday = new RegExp(`即日起?(?:至|到)(${DATE.source})`, 'u').exec(text);
  const until =
    new RegExp(
      `(?:受理|反映)[^。；]{0,16}?截(?:止|至)(?:时间|日期)?(?:为|到|至|是)?(${DATE.source})`,
      'u',
    ).exec(text) ?? new RegExp(`(${DATE.source})(?:以?后)?(?:不再|停止)受理`, 'u').exec(text);
  const duration =
    new RegExp(`为期(约?${COUNT}个?(?:半)?(?:个)?(?:月|天|周)(?:左右)?)`, 'u').exec(text)?.[1] ??
    new RegExp(`(?:时间|工作)(?:为|是)?(约${COUNT}个?半?月|${COUNT}个?半?月左右)`, 'u').exec(text)?.[1];
  const days = duration && new RegExp(`^(${COUNT})天$`, 'u').exec(duration)?.[1];
  const before = new RegExp(`截止(?:时间|日期)?为(?:巡视|巡察)结束前(${COUNT})天`, 'u').exec(text)?.[1];
  const garbled = /\d{4}年\d{3,4}日|\d{4}年\d{1,2}月\d{3,}日/u.exec(text)?.[0];
  return {
    start: textDate(range?.slice(1, 5)) ?? textDate(since?.slice(1, 5)),
    end: textDate(range?.slice(5, 9)) ?? textDate(fromToday?.slice(1, 5)),
    fromPublication: !range && !since && fromToday !== null,
    reportsUntil: textDate(until?.slice(1, 5)),
    duration,
    days: days ? count(days) : undefined,
    closesBeforeEnd: before ? count(before) : undefined,
    garbled,
  };
}

/** The date of the first sentence that tells of the mobilization meeting. */
function meetingDate(text: string): TextDate | undefined {
  const sentence = sentences(text).find((s) => s.text.includes('动员会') && DATE.test(s.text));
  return textDate(sentence && DATE.exec(sentence.text));
}

/** "省委巡视办主任李景辉" → role and name, splitting before the name that `next` follows. */
function personBefore(clause: string, next: string): { name: string; role: string } | undefined {
  const match = new RegExp(`([^，。；：]*?${TITLE_WORDS})(${HAN}{2,3}?)(?=${next})`, 'u').exec(clause);
  if (!match?.[1] || !match[2]) return undefined;
  return { name: match[2], role: match[1] };
}

/**
 * A chair named bare ("石振洋主持会议") whose title the text gave before
 * ("同自治区党委书记石振洋进行了沟通"): the name with that title.
 */
function roleFromEarlier(text: string, clause: string): { name: string; role: string } | undefined {
  const name = new RegExp(`^(${HAN}{2,3}?)主持`, 'u').exec(clause)?.[1];
  if (!name) return undefined;
  const before = new RegExp(`([^，。；：]*?${TITLE_WORDS})${name}`, 'u').exec(text)?.[1];
  const role = before?.split(/同|与|和|向|、/u).at(-1);
  return role && new RegExp(`${TITLE_WORDS}$`, 'u').test(role) ? { name, role } : undefined;
}

function meetingPeople(text: string): Pick<Extracted['meeting'], 'chair' | 'speakers'> {
  let chair: { name: string; role: string } | undefined;
  const speakers: Extracted['meeting']['speakers'] = [];
  // Two titles of one person that a copy has parted with a comma: "党组书记，局长韩冰主持" is "党组书记、局长".
  const titled = text.replace(
    new RegExp(`(?<=${TITLE_WORDS})，(?=[^，。；]{0,8}?${TITLE_WORDS}${HAN}{2,3}?(?:主持|作|就))`, 'gu'),
    '、',
  );
  for (const clause of titled.split(/[，。；]/u)) {
    const chaired = personBefore(clause, '主持') ?? roleFromEarlier(titled, clause);
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
  // Each a sentence of its own, without the number a numbered layout puts before it ("1.", "（二）").
  const numbering = '(?:\\d+[.．、]|[（(][一二三四五六七八九十]+[）)])?';
  const accepted = new RegExp(
    `(?:^|[，。；\\n])${numbering}([^，。；\\n]*?(?:巡视|巡察)组主要受理[^。\\n]+。)`,
    'u',
  ).exec(text)?.[1];
  const referred = new RegExp(
    `(?:^|[。\\n])${numbering}([^。\\n]*(?:转交|信访问题[^。\\n]*由[^。\\n]*处理)[^。\\n]*。)`,
    'u',
  ).exec(text)?.[1];
  return {
    focusName: focus?.[1],
    focusItems: focusItems.length > 1 ? focusItems : [],
    special: special ? [special] : [],
    accepted,
    referred,
  };
}

/** "下午2:30" → "14:30", "晚8点" → "20:00"; the period word carries on to the times after it. */
function clockTimes(segment: string): { times: string[]; ambiguous: boolean } {
  const times: string[] = [];
  let period = '';
  let ambiguous = false;
  const pattern =
    /(早上|早|上午|中午|下午|晚上|晚)?\s*(\d{1,2})(?:[:：∶](\d{2})|[时点](?:(\d{1,2})分|半)?)/gu;
  for (const match of segment.matchAll(pattern)) {
    if (match[1]) period = match[1];
    let hours = Number(match[2]);
    const minutes = match[0].endsWith('半') ? 30 : Number(match[3] ?? match[4] ?? 0);
    // 上午12时 is noon to some and midnight to others: a person reads the notice.
    if (/上午|早/u.test(period) && hours === 12 && match[1]) ambiguous = true;
    if (/下午|晚/u.test(period) && hours < 12) hours += 12;
    if (period === '中午' && hours < 11) hours += 12;
    times.push(`${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);
  }
  return { times, ambiguous };
}

const WORKDAYS_WORDS = /工作日|周一至周五|周一到周五|星期一至星期五|星期一到星期五/u;

/** The hours a segment gives, in the schema's form, or why they are left to a person. */
function hoursOf(segment: string): { hours?: Hours | undefined; unclear?: string | undefined } {
  // "每天……（双休日、节假日除外）" is working days.
  const weekendsOff = /(?:双休日|周末|周六、?周日|星期六、?星期日)[^。；）)]{0,6}除外/u.test(segment);
  const days =
    WORKDAYS_WORDS.test(segment) || weekendsOff
      ? 'workdays'
      : /每天|每日|全天|24\s*小时/u.test(segment)
        ? 'daily'
        : undefined;
  if (/24\s*小时/u.test(segment)) return { hours: { days: 'daily', allDay: true } };
  const { times, ambiguous } = clockTimes(segment.replace(LANDLINE, '').replace(MOBILE, ''));
  if (ambiguous)
    return {
      unclear: /(?:每天|工作日)?[^，。；（）()]*\d+[时点:：∶][^，。；（）()]*/u.exec(segment)?.[0] ?? segment,
    };
  const ranges: { from: string; to: string }[] = [];
  for (let index = 0; index + 1 < times.length; index += 2)
    ranges.push({ from: times[index]!, to: times[index + 1]! });
  if (ranges.length && days) return { hours: { days, ranges } };
  // No times: the notice's own words, when it has some ("工作日的上班时间").
  const words = /(工作日的?上班时间|上班时间|工作时间)/u.exec(segment)?.[1];
  if (words && !ranges.length)
    return { hours: { words: /受理时间为([^，。；）)]+)/u.exec(segment)?.[1] ?? words } };
  if (ranges.length) return { unclear: segment };
  return {};
}

function phoneNumbers(segment: string): string[] {
  const numbers: { at: number; number: string }[] = [];
  for (const match of segment.matchAll(LANDLINE)) {
    numbers.push({ at: match.index, number: `${match[1]}-${match[2]}` });
    // "0311-87909999、87908888": the numbers after the first share its area code.
    let offset = match.index + match[0].length;
    for (;;) {
      const more = /^[、,，和或]\s*(\d{7,8})(?!\d)/u.exec(segment.slice(offset));
      if (!more) break;
      numbers.push({ at: offset, number: `${match[1]}-${more[1]}` });
      offset += more[0].length;
    }
  }
  for (const match of segment.matchAll(MOBILE)) numbers.push({ at: match.index, number: match[1]! });
  return numbers.sort((a, b) => a.at - b.at).map((n) => n.number);
}

/** The words before a channel's value; the order of the choices matters (the longest first). */
const LABEL =
  /(监督电话|24小时举报电话|举报电话|专门值班电话|值班电话|联系电话|专线电话|电话|短信举报号码|短信举报电话|短信号码|手机短信|举报手机|手机号码|手机|举报短信|短信|电子邮箱|电子信箱|电子邮件|举报邮箱|邮箱|专门邮政信箱|邮政信箱|专用邮箱|专用信箱|专门信箱|通信地址|邮寄地址|来信请寄|来信寄|信箱|意见箱|举报箱|接待室|来访接待地点|接待地点|来访地点|来访地址|办公地点|地址|网上举报平台|网络举报平台|网络举报|微信小程序|微信公众号|举报网站|举报网址|网站)[：:]?/gu;

/** A hint that a mobile takes calls as well as texts. */
const CALLS_AND_TEXTS = /可(?:打电话|拨打|接听)(?:电话)?[、和及]?(?:发)?短信|可打电话、发短信|电话和短信/u;

function channels(text: string): { channels: ExtractedChannel[]; supervision: { numbers: string[] }[] } {
  const found: ExtractedChannel[] = [];
  const supervision: { numbers: string[] }[] = [];
  const labels = [...text.matchAll(LABEL)].filter(
    // A label is one when a value follows: "值班电话：", "微信小程序“码上巡”", "意见箱设在".
    (label) =>
      label[0].endsWith('：') ||
      label[0].endsWith(':') ||
      /^(?:微信小程序|微信公众号|来信请寄|意见箱|专门信箱|接待室)/u.test(label[1]!) ||
      // Glued to its value: "值班电话0575-88125416", "电子邮箱xc@example.cn", "邮政信箱绍兴市第4号邮政信箱".
      /^[\dA-Za-z]/u.test(text.slice(label.index + label[0].length)) ||
      (/信箱$/u.test(label[1]!) &&
        /^[^，。；：]{2,16}?信箱/u.test(text.slice(label.index + label[0].length))),
  );
  // Hours said once for every phone: "受理电话时间为工作日…", "值班电话受理时间为每天8:00—20:00".
  const shared = /(?:受理电话时间|电话受理时间|受理时间|接听时间)(?:为|是|：)([^。；]+)/u.exec(text)?.[1];
  for (const [index, label] of labels.entries()) {
    const start = label.index + label[0].length;
    const next = labels[index + 1]?.index ?? text.length;
    const end = Math.min(
      next,
      ...['。', '；', '\n'].map((mark) => text.indexOf(mark, start)).filter((at) => at >= 0),
    );
    const segment = text.slice(start, end);
    const name = label[1] ?? '';
    const at = label.index;
    const email = EMAIL.exec(segment)?.[0];
    if (name === '监督电话') {
      const numbers = phoneNumbers(segment);
      if (numbers.length) supervision.push({ numbers });
    } else if (/意见箱|举报箱|专门信箱/u.test(name) && !/\d+号/u.test(segment)) {
      const places = segment
        .replace(/^[，,（(]?(?:分别)?(?:设(?:置)?在|设于|在|放置在)[：:]?/u, '')
        .replace(/[）)]$/u, '')
        .replace(/(?:等处)?(?:设置|设立)(?:了)?$/u, '')
        .split(/[、，]|以及/u)
        .map((place) => place.trim().replace(/等(?:处|地)$/u, ''))
        .filter(Boolean);
      if (places.length) found.push({ type: 'suggestionBox', at, locations: places });
    } else if (
      /来信请寄|来信寄|通信地址|邮寄地址/u.test(name) &&
      !/信箱/u.test(segment.split(/[，,（(]/u)[0] ?? '')
    ) {
      const address = /^([^，,（(]+)/u.exec(segment)?.[1]?.trim();
      const postcode = /邮(?:政)?编(?:码)?[：:]?\s*(\d{6})/u.exec(segment)?.[1];
      const note = /[（(]([^）)]*(?:邮戳|注明)[^）)]*)[）)]/u.exec(
        text.slice(start, text.indexOf('。', start) + 1 || undefined),
      )?.[1];
      if (address) found.push({ type: 'letter', at, address, postcode, note });
    } else if (/邮政信箱|专用邮箱|专用信箱|通信地址|邮寄地址|^信箱$/u.test(name) && !email) {
      const box = /^([^，,（(]+?信箱)/u.exec(segment)?.[1];
      const postcode = /邮(?:政)?编(?:码)?[：:]?\s*(\d{6})/u.exec(text.slice(start, end + 16))?.[1];
      if (box) found.push({ type: 'postbox', at, box, postcode });
    } else if (email) {
      // "联系电话及邮箱：0931-8456120，xc@example.cn": one label for a phone and an address.
      const numbers = /电话[及和、]$/u.test(text.slice(Math.max(0, at - 4), at)) ? phoneNumbers(segment) : [];
      if (numbers.length) found.push({ type: 'phone', at, numbers, ...hoursOf(segment) });
      found.push({ type: 'email', at: at + 1, address: email });
    } else if (/接待室|接待地点|来访地点|来访地址|办公地点|^地址$/u.test(name)) {
      const place = /^([^，,（(]+)/u.exec(segment)?.[1]?.trim();
      const { hours, unclear } = hoursOf(segment);
      if (place) found.push({ type: 'reception', at, place, hours, unclear });
    } else if (/微信小程序|微信公众号|网上举报平台|网络举报|举报网站|举报网址|^网站$/u.test(name)) {
      const url = /(?:https?:\/\/)?www\.[\x21-\x7e]*[\w/]|https?:\/\/[\x21-\x7e]*[\w/]/u.exec(segment)?.[0];
      const quoted = /“([^”]+)”/u.exec(segment)?.[1];
      // A WeChat mini-program or official account is named by its quoted name; how to reach it follows.
      const wechat = name.startsWith('微信');
      const platform = wechat
        ? `${name}“${quoted ?? ''}”`
        : (/^([^（(，]+?)[（(]/u.exec(segment)?.[1] ?? segment).trim();
      const named = !wechat && quoted ? `${platform}“${quoted}”栏目` : platform;
      const how =
        /[（(]([^）)]+)[）)]/u.exec(segment)?.[1] ??
        (wechat ? /^“[^”]+”[，,]?(.+)$/u.exec(segment)?.[1]?.trim() : undefined);
      found.push({
        type: 'online',
        at,
        name: named,
        url: url && !url.startsWith('http') ? `https://${url}` : url,
        note: wechat && how ? how.replace(/下方/u, '') : undefined,
      });
    } else if (/短信/u.test(name) || (/短信/u.test(segment) && !CALLS_AND_TEXTS.test(segment))) {
      const number = phoneNumbers(segment).find((n) => /^1/u.test(n));
      if (number) found.push({ type: 'sms', at, number });
    } else if (/手机/u.test(name) && (CALLS_AND_TEXTS.test(segment) || !hoursOf(segment).hours)) {
      // A mobile takes calls and texts, unless the notice says otherwise; one with hours of its own is a duty phone.
      const number = phoneNumbers(segment).find((n) => /^1/u.test(n));
      if (number) found.push({ type: 'mobile', at, number });
    } else if (/电话|手机/u.test(name)) {
      const numbers = phoneNumbers(segment);
      const own = hoursOf(name.startsWith('24小时') ? `24小时${segment}` : segment);
      const hours = own.hours || own.unclear ? own : shared ? hoursOf(shared) : {};
      if (numbers.length)
        found.push({ type: 'phone', at, numbers, hours: hours.hours, unclear: hours.unclear });
    }
  }
  // Boxes told in a sentence rather than after a label: "在……设置了意见箱", "设立意见箱，分别放置在……".
  const unlabelled =
    /在([^。；：]+?)(?:等处)?设(?:置|立)(?:了)?(?:意见箱|举报箱)/u.exec(text) ??
    /设(?:置|立)(?:了)?(?:意见箱|举报箱)[，,]?(?:分别)?(?:放置|设)在([^。；]+)/u.exec(text);
  if (unlabelled?.[1] && !found.some((channel) => channel.type === 'suggestionBox')) {
    found.push({
      type: 'suggestionBox',
      at: unlabelled.index,
      locations: unlabelled[1].split(/[、，]|以及/u).filter(Boolean),
    });
  }
  return { channels: found.sort((a, b) => a.at - b.at), supervision };
}

/** The headline the text gives itself: its first line when that reads as one, else "……动员会召开". */
function title(text: string): string | undefined {
  const first = text.split('\n')[0]?.trim() ?? '';
  if (first.length <= 50 && !/[。；]/u.test(first) && /巡视|巡察|公告|进驻/u.test(first)) return first;
  return /([^，。；\n]*动员会(?:召开|举行))/u.exec(text)?.[1];
}

/** Whether the name says where the team comes from; "省委第九巡视组" does not, and the place is left to a person. */
export function isFullTeamName(name: string): boolean {
  return !/^(?:中共)?(?:省委|市委|州委|县委|区委|旗委|盟委|学校党委|校党委|院党委|集团党委|公司党委)/u.test(
    name,
  );
}

export function extractNotice(text: string): Extracted {
  const units = inspectedUnits(text);
  const unit = units[0]?.name;
  const name = teamName(text);
  const found = channels(text);
  return {
    title: title(text),
    team: {
      name: name !== undefined && isFullTeamName(name) ? name : undefined,
      nameAsWritten: name,
      garbled: name ? undefined : TEAM_WITHOUT_NUMBER.exec(text)?.[0],
      leader: leader(text),
      deputyLeaders: deputyLeaders(text),
    },
    unit,
    otherUnits: units.length > 1 ? units.slice(1) : otherUnits(text, unit),
    period: period(text),
    meeting: {
      held: /动员会|见面沟通会/u.test(text),
      date: units[0]?.meetingDate ?? meetingDate(text),
      ...meetingPeople(text),
    },
    scope: scope(text),
    channels: found.channels,
    supervision: found.supervision,
  };
}

/**
 * A release of several teams ("市委第一巡察组：巡察……。值班电话：……"): each
 * team's own lines, and the lines every team shares (headline, period, hours).
 * One team, or none told apart this way: `undefined`.
 */
export function splitByTeam(text: string): { shared: string; teams: string[] } | undefined {
  // The text's lines, and within them its sentences: a release writes each team on a line of its
  // own ("市委第一巡察组：巡察……") or in a sentence of its own ("市委第一巡察组巡察……，值班电话：……。").
  const units = text.split('\n').flatMap((line) => line.match(/[^。]+。?/gu) ?? []);
  const teamStart = new RegExp(`^(?:${TEAM.source})(?:[：:]|巡视|巡察|进驻)`, 'u');
  const starts = units.flatMap((unit, index) => (teamStart.test(unit) ? [index] : []));
  const names = new Set(starts.map((index) => new RegExp(TEAM.source, 'u').exec(units[index]!)?.[0]));
  if (starts.length < 2 || names.size < 2) return undefined;
  const owned = new Set<number>();
  const teams = starts.map((start, index) => {
    const end = starts[index + 1] ?? units.length;
    // A team's part runs on while what follows tells its channels, to the next team's at most.
    const own = [start];
    for (let next = start + 1; next < end && CHANNEL_START.test(units[next]!); next++) own.push(next);
    for (const unit of own) owned.add(unit);
    return own.map((unit) => units[unit]!).join('\n');
  });
  const shared = units.filter((_, index) => !owned.has(index)).join('\n');
  return { shared, teams };
}

/** A line or sentence that goes on with a team's channels. */
const CHANNEL_START =
  /^(?:值班电话|联系电话|电话|手机|短信|电子邮箱|邮箱|邮政信箱|信箱|来信|地址|意见箱|接待)/u;

/** Where a news release says it comes from, as its page's header gives it. */
export interface ExtractedSource {
  /** 来源：… */
  publisher?: string | undefined;
  /** 发布时间：…, a whole day "YYYY-MM-DD". */
  published?: string | undefined;
  /** 原文链接：… */
  url?: string | undefined;
}

/** "来源：省纪委监委网站", up to the next label of the header line or its end. */
const SOURCE_PUBLISHER =
  /(?:信息来源|稿件来源|文章来源|来源)[：:]\s*([^\s【[|｜]{2,40}?)(?=\s|【|\[|\||｜|(?:发布时间|发布日期|时间|作者|编辑|浏览|点击|字号|字体|原文链接|原文地址)[：:]|$)/mu;
/** "发布时间：2024-10-09 10:30", "发布日期：2024年10月9日". */
const SOURCE_DAY = /(?:发布时间|发布日期)[：:]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u;
/** "原文链接：https://…", "原文地址：…", "网址：…". */
const SOURCE_URL = /(?:原文链接|原文地址|原文网址|网址|链接)[：:]\s*(https?:\/\/[^\s，。；、）)]+)/u;

/**
 * The source a raw release names in its page's header (which cleaning then
 * removes): its publisher, its day and its address, each only when written.
 */
export function extractSource(raw: string): ExtractedSource {
  const day = SOURCE_DAY.exec(raw);
  return {
    publisher: SOURCE_PUBLISHER.exec(raw)?.[1],
    published: day ? `${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}` : undefined,
    url: SOURCE_URL.exec(raw)?.[1],
  };
}
