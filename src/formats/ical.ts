/**
 * An iCalendar file (RFC 5545) for a notice: the inspection period as an
 * all-day event, and the last day for reports when the notice names one.
 * Everything in it comes from the notice, so two builds give the same
 * bytes. Written with ical.js.
 */
import { channelLine } from './contact.ts';
import { stageLine, teamWord } from './stage.ts';
import { parseCalendarDate } from '../notice/dates.ts';
import { formatPeriod } from '../notice/period.ts';
import { STAGE_LABELS } from '../schemas/kind.ts';
import { isStay, stageDay, type Notice } from '../schemas/notice.ts';
import { component, fileOf, ICAL } from './ical-lib.ts';

/** A calendar day as an iCalendar DATE. */
function date(value: string, days = 0): InstanceType<typeof ICAL.Time> {
  const { year, month, day } = parseCalendarDate(value);
  const time = ICAL.Time.fromData({ year, month, day, isDate: true });
  time.adjust(days, 0, 0, 0);
  return time;
}

function allDayEvent(
  uid: string,
  stamp: InstanceType<typeof ICAL.Time>,
  days: { start: string; end: string },
  summary: string,
  description: string,
) {
  return component('vevent', [
    ['uid', uid],
    ['dtstamp', stamp],
    ['dtstart', date(days.start)],
    // An all-day event ends, exclusively, the day after its last day.
    ['dtend', date(days.end, 1)],
    ['summary', summary],
    ['description', description],
    ['transp', 'TRANSPARENT'],
  ]);
}

export function noticeCalendar(id: string, notice: Notice): string {
  // DTSTAMP is a UTC time; deriving it from the publication day, not the
  // build's clock, keeps two builds byte-identical.
  const { year, month, day } = parseCalendarDate(notice.published);
  const stamp = ICAL.Time.fromData(
    { year, month, day, hour: 0, minute: 0, second: 0 },
    ICAL.Timezone.utcTimezone,
  );
  const contacts = notice.channels.map(channelLine).join('\n');
  const name = `${notice.team.name}${teamWord(notice.team)}${notice.unit}`;
  const calendar = component('vcalendar', [
    ['version', '2.0'],
    ['prodid', '-//xunshi-notices//notice calendar//ZH'],
    ['calscale', 'GREGORIAN'],
    ['method', 'PUBLISH'],
  ]);
  if (!isStay(notice)) {
    // A later stage is one day: the feedback's, the report's, the channels' last.
    const day = stageDay(notice);
    calendar.addSubcomponent(
      allDayEvent(
        `${id}.${notice.kind}@xunshi-notices`,
        stamp,
        { start: day, end: day },
        `${name}：${STAGE_LABELS[notice.kind]}`,
        [stageLine(notice), ...notice.channels.map(channelLine)].join('\n'),
      ),
    );
    return fileOf(calendar);
  }
  const { start, end } = notice.period;
  // Without an exact end, the first day alone: the calendar does not guess the last.
  calendar.addSubcomponent(
    end
      ? allDayEvent(
          `${id}.period@xunshi-notices`,
          stamp,
          { start, end },
          name,
          `巡视期间反映问题：\n${contacts}`,
        )
      : allDayEvent(
          `${id}.start@xunshi-notices`,
          stamp,
          { start, end: start },
          `${name}开始（${formatPeriod(notice.period)}）`,
          `巡视期间反映问题：\n${contacts}`,
        ),
  );
  const until = notice.period.reportsUntil;
  if (until && until !== notice.period.end) {
    calendar.addSubcomponent(
      allDayEvent(
        `${id}.reports-until@xunshi-notices`,
        stamp,
        { start: until, end: until },
        `${name}：受理反映最后一天`,
        contacts,
      ),
    );
  }
  return fileOf(calendar);
}
