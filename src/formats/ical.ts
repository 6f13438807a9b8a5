/**
 * An iCalendar file (RFC 5545) for a notice: the inspection period as an
 * all-day event, and the last day for reports when the notice names one.
 * Everything in it comes from the notice, so two builds give the same bytes.
 */
import type { Notice } from '../schemas/notice.ts';
import { channelLine } from '../notice/contact.ts';
import { contentLines, escapeText } from './content-lines.ts';
import { parseCalendarDate } from '../notice/dates.ts';

/** "2018-07-21" → "20180721". */
function icalDate(value: string): string {
  return value.replace(/-/g, '');
}

/** The day after, as iCalendar wants an all-day event's exclusive end: 2018-09-30 → 20181001. */
function dayAfter(value: string): string {
  const { year, month, day } = parseCalendarDate(value);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10).replace(/-/g, '');
}

function allDayEvent(
  uid: string,
  stamp: string,
  day: { start: string; end: string },
  summary: string,
  description: string,
) {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icalDate(day.start)}`,
    `DTEND;VALUE=DATE:${dayAfter(day.end)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function noticeCalendar(id: string, notice: Notice): string {
  // DTSTAMP is a UTC time; deriving it from the publication day, not the
  // build's clock, keeps two builds byte-identical.
  const stamp = `${icalDate(notice.published)}T000000Z`;
  const contacts = notice.channels.map(channelLine).join('\n');
  const name = `${notice.team.name}巡视${notice.unit}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//xunshi-notices//notice calendar//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...allDayEvent(
      `${id}.period@xunshi-notices`,
      stamp,
      notice.period,
      name,
      `巡视期间反映问题：\n${contacts}`,
    ),
  ];
  const until = notice.period.reportsUntil;
  if (until && until !== notice.period.end) {
    lines.push(
      ...allDayEvent(
        `${id}.reports-until@xunshi-notices`,
        stamp,
        { start: until, end: until },
        `${name}：受理反映最后一天`,
        contacts,
      ),
    );
  }
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}
