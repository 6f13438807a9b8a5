/**
 * The files published beside each notice's page (/notices/<id>.vcf, .ics,
 * .json, and .svg, the QR code of the page's address that its poster and
 * contact cards print) and the list of all of them (/notices.json): what each holds and
 * the content type it is served with. The build writes them and the dev
 * server serves them from this one table.
 */
import { sortNewestFirst } from '../notice/order.ts';
import { stageDay, type Notice } from '../schemas/notice.ts';
import { noticeCalendar } from './ical.ts';
import { noticeRecord, type NoticeRecord, type PublishedFiles } from './open-data.ts';
import { noticeVCard } from './vcard.ts';
import { qrSvg } from './qr.ts';
import { noticeUrl } from '../notice/urls.ts';

export const DATA_FILES = {
  '.vcf': { type: 'text/vcard; charset=utf-8', make: (_id: string, notice: Notice) => noticeVCard(notice) },
  '.ics': {
    type: 'text/calendar; charset=utf-8',
    make: (id: string, notice: Notice) => noticeCalendar(id, notice),
  },
  '.json': {
    type: 'application/json; charset=utf-8',
    make: (id: string, notice: Notice, site: URL | string, files?: PublishedFiles) =>
      JSON.stringify(noticeRecord(id, notice, site, files)),
  },
  '.svg': {
    type: 'image/svg+xml',
    make: (id: string, _notice: Notice, site: URL | string) => qrSvg(noticeUrl(id, site)),
  },
} as const;

export type DataFileExtension = keyof typeof DATA_FILES;
export const DATA_FILE_EXTENSIONS = Object.keys(DATA_FILES) as DataFileExtension[];

/** /notices.json, the list of all notices. */
export const NOTICE_LIST = 'notices.json';

/** /notices.json: the records, each as its notice's .json has it, newest first, in one array. */
export function noticeList(records: Iterable<NoticeRecord>): string {
  const sorted = sortNewestFirst(
    [...records].map((record) => ({
      id: record.id,
      data: { published: record.published, day: stageDay(record) },
      record,
    })),
  );
  return `[${sorted.map(({ record }) => JSON.stringify(record)).join(',')}]`;
}
