/**
 * Turning a raw notice (a news release copied from somewhere, or this
 * command's own output) into an MDX notice: cleaned text, front-matter from
 * what the text states, a marked placeholder for everything it does not.
 * Pure: reading and writing files is the command's job (src/cli/import.ts).
 */
import { dump } from 'js-yaml';
import { pinyin } from 'pinyin-pro';
import { cleanNotice } from './clean.ts';
import { calendarDateProblem } from '../notice/dates.ts';
import { extractNotice, type ExtractedChannel, type TextDate } from './extract.ts';
import { checkNotice, hasFrontmatter, parseNoticeFile } from '../content/notice-file.ts';
import { fromMdxBody, toMdxBody } from '../content/mdx-text.ts';
import { placeholder } from '../notice/placeholder.ts';
import { unreachable } from '../util/unreachable.ts';

/** A problem with the input that stops the import; nothing is written. */
export class ImportError extends Error {}

export interface ImportOptions {
  /** The publication day, "YYYY-MM-DD"; also the year for dates written without one. */
  date?: string | undefined;
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

function channelData(channel: ExtractedChannel): Record<string, unknown> {
  switch (channel.type) {
    case 'phone':
      return {
        type: 'phone',
        numbers: channel.numbers,
        hours: {
          days: channel.days ?? placeholder('受理的日子：daily（每天）或 workdays（工作日）'),
          ranges: channel.ranges?.length
            ? channel.ranges
            : [{ from: placeholder('开始时间，如 08:00'), to: placeholder('结束时间，如 20:00') }],
        },
      };
    case 'sms':
      return { type: 'sms', number: channel.number };
    case 'email':
      return { type: 'email', address: channel.address };
    case 'postbox':
      return channel.postcode
        ? { type: 'postbox', box: channel.box, postcode: channel.postcode }
        : { type: 'postbox', box: channel.box };
    case 'suggestionBox':
      return { type: 'suggestionBox', locations: channel.locations };
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

export function importNotice(raw: string, options: ImportOptions = {}): ImportResult {
  if (options.date !== undefined && calendarDateProblem(options.date)) {
    throw new ImportError(`--date 应为 YYYY-MM-DD 格式的真实日期，如 2018-07-21，收到 "${options.date}"`);
  }
  const source = hasFrontmatter(raw) ? fromMdxBody(parseNoticeFile(raw).body) : raw;
  const text = cleanNotice(source);
  if (text === '') throw new ImportError('文件中没有公告正文');
  if (!/(?:巡视|巡察)组/u.test(text)) {
    throw new ImportError('这不像是巡视巡察公告：文中没有出现“巡视组”或“巡察组”');
  }
  const found = extractNotice(text);
  const date = dateResolver(
    [found.period.start, found.period.end, found.meeting.date, found.period.reportsUntil],
    options.date,
  );
  const start = date(found.period.start);
  const end = date(found.period.end, start);
  const reportsUntil = date(found.period.reportsUntil, start);
  const meetingDate = date(found.meeting.date);

  const data = {
    title: found.title ?? placeholder('公告标题'),
    published: options.date ?? placeholder('发布日期，如 2018-07-21（可用 --date 给出）'),
    team: {
      name:
        found.team.name ??
        placeholder(
          found.team.nameAsWritten
            ? `巡视组全称，原文写作“${found.team.nameAsWritten}”，请补上省份或地名`
            : '巡视组或巡察组的全称',
        ),
      leader: found.team.leader ?? placeholder('组长姓名'),
      deputyLeaders: found.team.deputyLeaders,
    },
    unit: found.unit ?? placeholder('被巡视单位'),
    otherUnits: found.otherUnits.map((other) => ({
      name: other.name,
      meetingDate: date(other.meetingDate) ?? placeholder('该单位动员会日期'),
    })),
    period: {
      start: start ?? placeholder('巡视开始日期，如 2018-07-21'),
      end: end ?? placeholder('巡视结束日期，如 2018-09-30'),
      ...(reportsUntil ? { reportsUntil } : {}),
    },
    meeting: {
      date: meetingDate ?? placeholder('动员会日期'),
      chair: found.meeting.chair ?? { name: placeholder('主持人姓名'), role: placeholder('主持人职务') },
      speakers: found.meeting.speakers.length
        ? found.meeting.speakers.map((speaker) =>
            speaker.topic ? speaker : { name: speaker.name, role: speaker.role },
          )
        : [{ name: placeholder('讲话人姓名'), role: placeholder('讲话人职务') }],
    },
    scope: {
      focus: {
        ...(found.scope.focusName ? { name: found.scope.focusName } : {}),
        items: found.scope.focusItems.length ? found.scope.focusItems : [placeholder('巡视重点，每项一条')],
      },
      special: found.scope.special,
      accepted: found.scope.accepted ?? placeholder('受理范围（“巡视组主要受理……”一句）'),
      ...(found.scope.referred ? { referred: found.scope.referred } : {}),
    },
    channels: found.channels.map(channelData),
  };

  const frontmatter = dump(data, { lineWidth: -1, noRefs: true, quotingType: '"' });
  const mdx = `---\n${frontmatter}---\n\n${toMdxBody(text)}`;
  const slug = slugOf(start, found.unit, options.date);
  // What is left to do is what check:content and the build would refuse in this file.
  const { problems } = checkNotice(mdx, `${slug}.mdx`);
  const todo = problems.map(({ field, message }) => (field ? `${field}：${message}` : message));
  return { mdx, slug, todo };
}
