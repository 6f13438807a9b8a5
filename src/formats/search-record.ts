/**
 * A notice as the search index holds it: its facts in words (the headline,
 * who came, whom they inspect, when, and every way to reach them), which a
 * query is matched against and a result's excerpt is taken from. Written
 * with the formatters the page uses, so a result says what the page says.
 */
import { channelLine } from '../notice/contact.ts';
import { formatDate } from '../notice/dates.ts';
import { formatPeriod } from '../notice/period.ts';
import { noticePath } from '../notice/urls.ts';
import type { Notice } from '../schemas/notice.ts';

/** What Pagefind's addCustomRecord takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh-cn';
  meta: { title: string };
}

export function searchRecord(id: string, notice: Notice): SearchRecord {
  const { team, meeting } = notice;
  const deputies = team.deputyLeaders.length ? `（副组长${team.deputyLeaders.join('、')}）` : '';
  const sentences = [
    notice.title,
    `发布日期：${formatDate(notice.published)}`,
    `巡视组：${team.name}，组长${team.leader}${deputies}`,
    `被巡视单位：${notice.unit}`,
    ...notice.otherUnits.map(
      (other) => `同时被巡视：${other.name}（动员会于${formatDate(other.meetingDate)}召开）`,
    ),
    `巡视期间：${formatPeriod(notice.period)}`,
    `动员会：${formatDate(meeting.date)}召开，${meeting.chair.role}${meeting.chair.name}主持`,
    ...meeting.speakers.map((speaker) => `${speaker.role}${speaker.name}${speaker.topic ?? '讲话'}`),
    ...notice.channels.map(channelLine),
  ];
  return {
    url: noticePath(id),
    content: `${sentences.join('。\n')}。`,
    language: 'zh-cn',
    meta: { title: notice.title },
  };
}
