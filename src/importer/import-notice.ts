/**
 * Turning a raw notice (a news release copied from somewhere, or this
 * command's own output) into an MDX notice: cleaned text, front-matter from
 * what the text states, a marked placeholder for everything it does not.
 * Pure: reading and writing files is the command's job (src/cli/import.ts).
 */
import { dump } from 'js-yaml';
import { pinyin } from 'pinyin-pro';
import { cleanNotice } from './clean.ts';
import { addDays, calendarDateProblem } from '../notice/dates.ts';
import {
  extractNotice,
  extractSource,
  splitByTeam,
  type Extracted,
  type ExtractedChannel,
  type ExtractedSource,
  type TextDate,
} from './extract.ts';
import { extractStage, stageOf } from './stages.ts';
import { arrivalsFor, type Linkable } from '../notice/inspection.ts';
import type { NoticeKind } from '../schemas/kind.ts';
import { checkNotice, hasFrontmatter, parseNoticeFile } from '../content/notice-file.ts';
import { fromMdxBody, toMdxBody } from '../content/mdx-text.ts';
import { isPlaceholder, placeholder } from '../notice/placeholder.ts';
import { unreachable } from '../util/unreachable.ts';

/** A problem with the input that stops the import; nothing is written. */
export class ImportError extends Error {}

export interface ImportOptions {
  /** The publication day, "YYYY-MM-DD"; also the year for dates written without one. */
  date?: string | undefined;
  /**
   * Where the office that publishes is (河北省, 衡阳市, or a school's or a
   * company's name): what completes a team's name that the text gives
   * without it, "省委第九巡视组" → "河北省委第九巡视组".
   */
  place?: string | undefined;
  /**
   * The notices already published (their listings), from which a later
   * stage's inspection is proposed: only when exactly one arrival fits.
   */
  known?: readonly Linkable[] | undefined;
}

export interface ImportResult {
  /** The MDX notice, front-matter and body. */
  mdx: string;
  /** A file name for it: start date and the unit in pinyin. */
  slug: string;
  /** What a person must still fill in or correct, "field: message". */
  todo: string[];
}

/** Text from a file's bytes: UTF-8, or GB18030 as older Chinese systems save it; never a binary file. */
export function decodeRaw(bytes: Uint8Array): string {
  if (bytes.length === 0 || new TextDecoder().decode(bytes).trim() === '')
    throw new ImportError('文件是空的，没有公告内容');
  // Text never holds NUL or most other control characters; binary files are full of them.
  const controls = bytes.filter(
    (byte) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d,
  ).length;
  if (controls > 0) throw new ImportError('这不是文本文件（含有二进制内容），请提供 UTF-8 编码的纯文本公告');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function isoDate(date: TextDate, year: number): string {
  return `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Resolves dates written without a year: from the text's own years first, then from --date. */
function dateResolver(known: (TextDate | undefined)[], published: string | undefined) {
  const stated = known.find((date) => date?.year !== undefined)?.year;
  const fallback = stated ?? (published ? Number(published.slice(0, 4)) : undefined);
  return (date: TextDate | undefined, after?: string): string | undefined => {
    if (!date) return undefined;
    let year = date.year ?? fallback;
    if (year === undefined) {
      throw new ImportError(
        `公告中的日期“${date.month}月${date.day}日”没有写年份，请用 --date YYYY-MM-DD 给出发布日期，年份将取自它`,
      );
    }
    // "11月20日至1月20日": a period that runs into the next year.
    if (date.year === undefined && after && isoDate(date, year) < after) year += 1;
    const iso = isoDate(date, year);
    if (calendarDateProblem(iso))
      throw new ImportError(`公告中的日期“${date.month}月${date.day}日”不存在，请核对原文`);
    return iso;
  };
}

/** The hours as the schema holds them, or a placeholder quoting the words a person must read. */
function hoursData(channel: ExtractedChannel): Record<string, unknown> | undefined {
  if (channel.unclear)
    return { words: placeholder(`受理时间，原文为“${channel.unclear}”，请按原文确定具体时间`) };
  return channel.hours;
}

/** The fields that have a value: a front-matter field the text does not state is not written. */
function stated(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

function channelData(channel: ExtractedChannel): Record<string, unknown> {
  switch (channel.type) {
    case 'phone':
      return stated({ type: 'phone', numbers: channel.numbers, hours: hoursData(channel) });
    case 'sms':
      return { type: 'sms', number: channel.number };
    case 'email':
      return { type: 'email', address: channel.address };
    case 'postbox':
      return stated({ type: 'postbox', box: channel.box, postcode: channel.postcode });
    case 'suggestionBox':
      return { type: 'suggestionBox', locations: channel.locations };
    case 'mobile':
      return stated({ type: 'mobile', number: channel.number, hours: hoursData(channel) });
    case 'letter':
      return stated({
        type: 'letter',
        address: channel.address,
        postcode: channel.postcode,
        note: channel.note,
      });
    case 'reception':
      return stated({ type: 'reception', place: channel.place, hours: hoursData(channel) });
    case 'online':
      return stated({ type: 'online', name: channel.name, url: channel.url, note: channel.note });
    default:
      return unreachable(channel.type);
  }
}

function slugOf(start: string | undefined, unit: string | undefined, published: string | undefined): string {
  const place = unit
    ? pinyin(unit.replace(/(?:市|县|区|省|州|旗|盟)$/u, ''), {
        toneType: 'none',
        type: 'array',
        nonZh: 'consecutive',
      })
        .join('')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
    : '';
  return [start ?? published ?? 'undated', place || 'notice'].join('-');
}

/** "省委第九巡视组" with the place "河北省" → "河北省委第九巡视组"; "校党委第一巡察组" with "某某大学" → "某某大学党委第一巡察组". */
export function withPlace(name: string, place: string): string {
  // An autonomous region's committee is its 党委: "广西壮族自治区" + "省委第三巡视组" → "广西壮族自治区党委第三巡视组".
  if (/自治区$/u.test(place) && name.startsWith('省委')) return `${place}党${name.slice(1)}`;
  const generic = /^(省|市|州|县|区|旗|盟|学校|校|院|集团|公司)(?=委|党委)/u.exec(name)?.[1] ?? '';
  const administrative = /^(?:省|市|州|县|区|旗|盟)$/u.test(generic);
  if (place.endsWith(generic) || !administrative) return `${place}${name.slice(generic.length)}`;
  return `${place}${name}`;
}

/** The release a headline names: "十一届市委第五轮巡察完成进驻" → "十一届市委第五轮巡察". */
function releaseOf(title: string | undefined): string | undefined {
  return title?.replace(/(?:已)?(?:完成|全面)?进驻(?:情况)?(?:一览)?$/u, '') || title;
}

/**
 * The notice's `source` from what its header says: none when it says nothing
 * (the page then says 来源不详), and a publisher to fill in when it gives only
 * a day or an address.
 */
function sourceData({ publisher, published: day, url }: ExtractedSource) {
  // A day that cannot be (2024-02-30, a typing slip) is left for the editor, not guessed.
  const published = day && !calendarDateProblem(day) ? day : undefined;
  if (!publisher && !published && !url) return undefined;
  return {
    publisher: publisher ?? placeholder('原公告的发布单位，如 "某某市纪委监委网站"'),
    ...(url ? { url } : {}),
    ...(published ? { published } : {}),
  };
}

/** The front-matter of an arrival as the text gives it; a later stage takes its common parts. */
type StayParts = {
  title: string;
  published: string;
  source?: ReturnType<typeof sourceData>;
  release?: string;
  team: { name: string; leader?: string; deputyLeaders: string[] };
  unit: string;
  period: { start: string; end?: string; duration?: string; reportsUntil?: string };
  channels: Record<string, unknown>[];
  [field: string]: unknown;
};
function noticeData(
  text: string,
  options: ImportOptions,
  release: string | undefined,
  origin: ReturnType<typeof sourceData>,
) {
  const found = extractNotice(text);
  const date = dateResolver(
    [found.period.start, found.period.end, found.meeting.date, found.period.reportsUntil],
    options.date,
  );
  const meetingDate = date(found.meeting.date);
  const start =
    date(found.period.start) ??
    (found.period.fromPublication ? options.date : undefined) ??
    (found.period.garbled ? undefined : meetingDate);
  const end =
    date(found.period.end, start) ??
    (start && found.period.days ? addDays(start, found.period.days - 1) : undefined);
  const reportsUntil =
    date(found.period.reportsUntil, start) ??
    (end && found.period.closesBeforeEnd ? addDays(end, -found.period.closesBeforeEnd) : undefined);
  const written = found.team.nameAsWritten;
  const teamName =
    found.team.name ??
    (written && options.place ? withPlace(written, options.place) : undefined) ??
    placeholder(
      written
        ? `巡视组全称，原文写作“${written}”，请补上省份或地名（或用 --place 给出）`
        : found.team.garbled
          ? `巡视组全称，原文写作“${found.team.garbled}”，缺少组的序号`
          : '巡视组或巡察组的全称',
    );
  const scope = found.scope;
  const hasScope =
    scope.focusItems.length > 0 || scope.special.length > 0 || scope.accepted || scope.referred;

  // No kind for an arrival: a notice that does not say is one (schemas/kind.ts).
  const data: StayParts = {
    title: found.title ?? placeholder('公告标题'),
    published: options.date ?? placeholder('发布日期，如 2018-07-21（可用 --date 给出）'),
    ...(origin ? { source: origin } : {}),
    ...(release ? { release } : {}),
    team: {
      name: teamName,
      ...(found.team.leader ? { leader: found.team.leader } : {}),
      deputyLeaders: found.team.deputyLeaders,
    },
    unit: found.unit ?? placeholder('被巡视单位'),
    otherUnits: found.otherUnits.map((other) => {
      const meetingDate = date(other.meetingDate);
      return meetingDate ? { name: other.name, meetingDate } : { name: other.name };
    }),
    period: {
      start:
        start ??
        placeholder(
          found.period.garbled
            ? `巡视开始日期，原文写作“${found.period.garbled}”，请核对`
            : '巡视开始日期，如 2018-07-21',
        ),
      ...(end ? { end } : {}),
      ...(found.period.duration ? { duration: found.period.duration } : {}),
      ...(reportsUntil ? { reportsUntil } : {}),
    },
    ...(found.meeting.held
      ? {
          meeting: {
            date:
              meetingDate ??
              placeholder(
                found.period.garbled ? `动员会日期，原文写作“${found.period.garbled}”，请核对` : '动员会日期',
              ),
            ...(found.meeting.chair ? { chair: found.meeting.chair } : {}),
            speakers: found.meeting.speakers.map((speaker) =>
              speaker.topic ? speaker : { name: speaker.name, role: speaker.role },
            ),
          },
        }
      : {}),
    ...(hasScope
      ? {
          scope: {
            ...(scope.focusItems.length
              ? { focus: { ...(scope.focusName ? { name: scope.focusName } : {}), items: scope.focusItems } }
              : {}),
            special: scope.special,
            ...(scope.accepted ? { accepted: scope.accepted } : {}),
            ...(scope.referred ? { referred: scope.referred } : {}),
          },
        }
      : {}),
    channels: found.channels.map(channelData),
    ...(found.supervision.length ? { supervision: found.supervision } : {}),
  };
  const kind = stageOf(text, found.title);
  if (kind === 'arrival') return { data, start, unit: found.unit, notes: [] };
  return laterData(kind, data, text, found, options, date);
}

/** The front-matter of a later stage: what every notice says, its stage's facts, and its inspection when one arrival fits. */
function laterData(
  kind: Exclude<NoticeKind, 'arrival'>,
  stay: StayParts,
  text: string,
  found: Extracted,
  options: ImportOptions,
  date: ReturnType<typeof dateResolver>,
) {
  const facts = extractStage(text, found.title);
  const { title, published, source, release, team, channels } = stay;
  // A headline's unit runs on into its stage's words: "……党组撤离公告".
  const written: string = stay.unit;
  const filled = (value: string): boolean => !isPlaceholder(value);
  const unit = !filled(written)
    ? written
    : written.replace(/(?:撤离公告|撤离|反馈(?:巡视|巡察)?(?:情况|意见)|“?回头看”?(?:工作)?)$/u, '');
  const common = {
    kind,
    title,
    published,
    ...(source ? { source } : {}),
    ...(release ? { release } : {}),
    team,
  };
  const laterDate = (value: TextDate | undefined) => {
    try {
      return date(value);
    } catch {
      return undefined;
    }
  };
  let stage: Record<string, unknown>;
  let day: string | undefined;
  switch (kind) {
    case 'review':
      stage = { ...stay, kind };
      day =
        typeof stay.period.start === 'string' && !isPlaceholder(stay.period.start)
          ? stay.period.start
          : undefined;
      break;
    case 'feedback': {
      day = laterDate(facts.feedback.date);
      stage = {
        ...common,
        unit,
        feedback: {
          date: day ?? placeholder('反馈日期，如 2018-10-12'),
          ...(facts.feedback.by ? { by: facts.feedback.by } : {}),
          ...(facts.feedback.to ? { to: facts.feedback.to } : {}),
          problems: facts.feedback.problems,
        },
        channels,
      };
      break;
    }
    case 'rectification': {
      day = typeof published === 'string' && !isPlaceholder(published) ? published : undefined;
      const until = laterDate(facts.rectification.commentsUntil);
      stage = {
        ...common,
        unit,
        rectification: {
          publisher: facts.rectification.publisher ?? placeholder('发布整改情况的单位，如 "中共某某市委"'),
          ...(until ? { commentsUntil: until } : {}),
          figures: facts.rectification.figures,
        },
        channels,
      };
      break;
    }
    case 'withdrawal': {
      day = laterDate(facts.withdrawal.stops);
      stage = {
        ...common,
        unit,
        withdrawal: {
          stops: day ?? placeholder('联系方式停止使用的日期，如 2018-09-30'),
          ...(facts.withdrawal.at ? { at: facts.withdrawal.at } : {}),
          ...(facts.withdrawal.instead ? { instead: facts.withdrawal.instead } : {}),
        },
        // The channels a withdrawal names are the ones it stops.
        channels: [],
      };
      break;
    }
    default:
      return unreachable(kind);
  }
  const notes: string[] = [];
  // A team named without its place ("市委第九巡视组") is matched by the end of its full name.
  const teamName = isPlaceholder(team.name) ? found.team.nameAsWritten : team.name;
  const unitName: string | undefined = isPlaceholder(unit) ? undefined : unit;
  const fits =
    teamName && unitName && options.known
      ? arrivalsFor(options.known, { kind, team: teamName, unit: unitName, day })
      : [];
  let inspection: string | undefined;
  if (fits.length === 1) {
    inspection = fits[0];
    // The one arrival that fits names the team in full.
    const arrival = options.known!.find((notice) => notice.id === inspection)!;
    if (isPlaceholder(team.name)) stage['team'] = { ...team, name: arrival.data.team.name };
  } else if (fits.length > 1)
    inspection = placeholder(`所属巡视的进驻公告编号：可能是 ${fits.join('、')}，请核对后填写其一`);
  else if (kind === 'review')
    inspection = placeholder('被回头看的那次巡视的进驻公告编号（文件名，不含 .mdx）');
  else
    notes.push(
      `inspection：已发布的公告中没有${teamName ?? '该组'}对${unitName ?? '该单位'}的进驻公告，这份公告将单独显示；如有，请填写其文件名`,
    );
  const { kind: _kind, ...rest } = stage;
  const data = { kind, ...rest, ...(inspection ? { inspection } : {}) };
  return { data, start: day, unit: found.unit, notes };
}

/**
 * The notices in a raw text: one, or one per team when the text is a
 * release of several teams, each with its own units and channels and the
 * release's name, and the whole text as its body.
 */
export function importNotices(raw: string, given: ImportOptions = {}): ImportResult[] {
  if (given.date !== undefined && calendarDateProblem(given.date)) {
    throw new ImportError(`--date 应为 YYYY-MM-DD 格式的真实日期，如 2018-07-21，收到 "${given.date}"`);
  }
  const source = hasFrontmatter(raw) ? fromMdxBody(parseNoticeFile(raw).body) : raw;
  // Before cleaning, which drops the page's header where the release names its source.
  const origin = sourceData(extractSource(source));
  // The day the header gives is the publication day, unless --date says otherwise.
  const options = { ...given, date: given.date ?? origin?.published };
  const text = cleanNotice(source);
  if (text === '') throw new ImportError('文件中没有公告正文');
  if (!/(?:巡视|巡察)组/u.test(text)) {
    throw new ImportError('这不像是巡视巡察公告：文中没有出现“巡视组”或“巡察组”');
  }
  const split = splitByTeam(text);
  const parts = split
    ? split.teams.map((team) => ({
        text: `${split.shared}\n${team}`,
        release: releaseOf(split.shared.split('\n')[0]),
      }))
    : [{ text, release: undefined }];
  return parts.map((part) => {
    const { data, start, unit, notes } = noticeData(part.text, options, part.release, origin);
    const frontmatter = dump(data, { lineWidth: -1, noRefs: true, quotingType: '"' });
    const mdx = `---\n${frontmatter}---\n\n${toMdxBody(text)}`;
    const slug = slugOf(start, unit, options.date);
    // What is left to do is what check:content and the build would refuse in this file.
    const { problems } = checkNotice(mdx, `${slug}.mdx`);
    const todo = [
      ...problems.map(({ field, message }) => (field ? `${field}：${message}` : message)),
      ...notes,
    ];
    return { mdx, slug, todo };
  });
}

/** The one notice in a raw text (importNotices for a release of several teams). */
export function importNotice(raw: string, options: ImportOptions = {}): ImportResult {
  return importNotices(raw, options)[0]!;
}
