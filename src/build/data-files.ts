/**
 * Writing each notice's data files (formats/data-files.ts) into the output
 * folder and /notices.json of them all, and reading back the list a rebuild starts from.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATA_FILE_EXTENSIONS, DATA_FILES, NOTICE_LIST, noticeList } from '../formats/data-files.ts';
import type { AttachmentFile } from '../content/notice-assets.ts';
import { noticeRecord, type NoticeRecord, type PublishedFiles } from '../formats/open-data.ts';
import type { Notice } from '../schemas/notice.ts';

const target = (out: string, id: string) => join(out, 'notices', id);

/** Whether the notice's data files are all in `out`. */
export function hasDataFiles(out: string, id: string): boolean {
  return DATA_FILE_EXTENSIONS.every((extension) => existsSync(`${target(out, id)}${extension}`));
}

/** The folder of a notice's attachments in `out`. */
const attachmentsOf = (out: string, id: string) => join(out, 'attachments', id);

/**
 * Writes the data files of the notice `id` and copies its attachments (the
 * last build's copies go first: one may be gone); returns its record, as its .json holds it.
 */
export function writeDataFiles(
  out: string,
  site: URL | string,
  id: string,
  notice: Notice,
  published: { files: PublishedFiles; attachments: readonly AttachmentFile[] } = {
    files: {},
    attachments: [],
  },
): NoticeRecord {
  const file = target(out, id);
  mkdirSync(dirname(file), { recursive: true });
  for (const extension of DATA_FILE_EXTENSIONS)
    // Synchronously: for thousands of small files, faster than Node's thread pool (README, Benchmark).
    writeFileSync(`${file}${extension}`, DATA_FILES[extension].make(id, notice, site, published.files));
  rmSync(attachmentsOf(out, id), { recursive: true, force: true });
  if (published.attachments.length) mkdirSync(attachmentsOf(out, id), { recursive: true });
  for (const attachment of published.attachments)
    copyFileSync(attachment.path, join(attachmentsOf(out, id), attachment.name));
  return noticeRecord(id, notice, site, published.files);
}

/** Deletes the data files and attachments of a notice that is no longer there. */
export function removeDataFiles(out: string, id: string): void {
  for (const extension of DATA_FILE_EXTENSIONS) rmSync(`${target(out, id)}${extension}`, { force: true });
  rmSync(attachmentsOf(out, id), { recursive: true, force: true });
}

export function writeNoticeList(out: string, records: Iterable<NoticeRecord>): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, NOTICE_LIST), noticeList(records));
}

/** The records of /notices.json in `out`, by id: the last build's, for a rebuild; empty when there is none. */
export function readNoticeList(out: string): Map<string, NoticeRecord> {
  const file = join(out, NOTICE_LIST);
  if (!existsSync(file)) return new Map();
  const records = JSON.parse(readFileSync(file, 'utf8')) as NoticeRecord[];
  return new Map(records.map((record) => [record.id, record]));
}
