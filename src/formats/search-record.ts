/**
 * A notice as the search index holds it: its facts in words (the headline,
 * who came, whom they inspect, when, and every way to reach them), which a
 * query is matched against and a result's excerpt is taken from. Written
 * with the formatters and values the page uses, so a result says what the page says.
 */
import { noticePath } from '../notice/urls.ts';
import { CHANNEL_LABELS } from '../schemas/channel.ts';
import { KIND_LABELS } from '../schemas/kind.ts';
import { isStay, type Notice, type StayNotice } from '../schemas/notice.ts';
import { copyValues } from './contact.ts';
import { stageLine, teamWord } from './stage.ts';
import type { PublishedFiles } from './open-data.ts';

/** What Pagefind's addCustomRecord takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh-cn';
  /** Shown with a result, and indexed as words too (Pagefind indexes every meta value). */
  meta: Record<string, string>;
  /** Shown with a result too, but not words of the index: Pagefind loads filters only to filter. */
  filters?: Record<string, string[]>;
}

const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * The text with a zero-width space between the words the reader's browser
 * finds in it. Pagefind segments a query with the browser's Intl.Segmenter
 * but the index with its own segmenter, and a query whose words the index
 * lacks finds nothing (市委第十二巡察组 found no notice of that team); given
 * the browser's words, the index has them. Pagefind also needs less memory
 * for text already split.
 */
function asTheBrowserSegments(text: string): string {
  return Array.from(words.segment(text), (word) => word.segment).join('\u200b');
}

/** "动员会：市委书记回建主持；省委第九巡视组组长李寿松讲话", as far as the notice says. */
function meetingSentence(meeting: NonNullable<StayNotice['meeting']>): string {
  const chair = meeting.chair ? `${meeting.chair.role}${meeting.chair.name}主持` : '';
  const speakers = meeting.speakers.length
    ? `${meeting.speakers.map((speaker) => `${speaker.role}${speaker.name}`).join('、')}讲话`
    : '';
  return `动员会：${[chair, speakers].filter(Boolean).join('；')}`;
}

/** The notice `notice`, with the photos and attachments its text publishes, as the search index holds it. */
export function searchRecord(id: string, notice: Notice & PublishedFiles): SearchRecord {
  const { team } = notice;
  const stay = isStay(notice) ? notice : undefined;
  const deputies = team.deputyLeaders.length ? `，副组长${team.deputyLeaders.join('、')}` : '';
  const others = (stay?.otherUnits ?? []).map((other) => other.name).join('、');
  const word = teamWord(team);
  // The facts a reader looks for, without the words every notice shares (labels, hours, topics):
  // what Pagefind holds in memory and a query loads grows with the text.
  const sentences = [
    notice.title,
    `${team.name}${team.leader ? `，组长${team.leader}` : ''}${deputies}`,
    `被${word}单位：${notice.unit}${others ? `，同时被${word}：${others}` : ''}`,
    KIND_LABELS[notice.kind],
    stageLine(notice),
    ...(stay?.meeting ? [meetingSentence(stay.meeting)] : []),
    ...(notice.kind === 'rectification' ? [`发布单位：${notice.rectification.publisher}`] : []),
    ...notice.channels.map((channel) => `${CHANNEL_LABELS[channel.type]}：${copyValues(channel).join('、')}`),
    ...(stay?.supervision ?? []).map((phone) => `监督电话：${phone.numbers.join('、')}`),
    // What a reader remembers of a photo or an attachment finds the notice too.
    ...(notice.photos ?? []).map((photo) => `照片：${[photo.caption, photo.alt].filter(Boolean).join('，')}`),
    ...(notice.attachments ?? []).map((attachment) => `附件：${attachment.title}`),
  ];
  return {
    url: noticePath(id),
    content: asTheBrowserSegments(`${sentences.join('。\n')}。`),
    language: 'zh-cn',
    meta: { title: notice.title },
  };
}

/**
 * A notice as the headlines' index holds it: its headline alone, which a
 * query is matched against, and what a result shows: the headline and, to
 * tell apart notices of one headline, the team and the period. Those go as
 * filters, which no one filters by: as meta they would be words of the index
 * (the headlines of 10,000 notices took 347 KB of index with them as meta,
 * 107 KB without).
 */
export function headlineRecord(id: string, notice: Notice): SearchRecord {
  return {
    url: noticePath(id),
    content: asTheBrowserSegments(notice.title),
    language: 'zh-cn',
    meta: {},
    filters: {
      title: [notice.title],
      detail: [`${notice.team.name}，${stageLine(notice)}`],
    },
  };
}
