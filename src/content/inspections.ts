/**
 * An inspection in words: its timeline (every stage, its day and notice, in
 * order) and what is wrong with the links an editor wrote between notices,
 * as check:content and the build report it.
 */
import { formatDate } from '../notice/dates.ts';
import { inspections, type Linkable } from '../notice/inspection.ts';
import { KIND_LABELS, STAGE_LABELS, type NoticeKind } from '../schemas/kind.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listingOf, noticeSchema } from '../schemas/notice.ts';
import { ContentError, parseNoticeFile, type Problem } from './notice-file.ts';

/** One stage of an inspection, as its timeline shows it. */
export interface Stage {
  id: string;
  kind: NoticeKind;
  /** "进驻", "反馈"… */
  label: string;
  day: string;
  title: string;
  team: string;
  unit: string;
}

/** The timeline of one inspection's notices (already in order). */
export function timeline(notices: readonly Linkable[]): Stage[] {
  return notices.map((notice) => ({
    id: notice.id,
    kind: notice.data.kind,
    label: STAGE_LABELS[notice.data.kind],
    day: notice.data.day,
    title: notice.data.title,
    team: notice.data.team.name,
    unit: notice.data.unit,
  }));
}

/** One thing wrong with the links between notices: the file's notice id, the field and a Chinese message. */
export interface LinkProblem {
  id: string;
  field: string;
  message: string;
}

const STAGE_DAY_FIELD: Record<NoticeKind, string> = {
  arrival: 'period.start',
  review: 'period.start',
  feedback: 'feedback.date',
  rectification: 'published',
  withdrawal: 'withdrawal.stops',
};

/**
 * What is wrong with the links between `notices`: an inspection that names no
 * notice, or a notice that is not an arrival; a notice of another unit than
 * its arrival's; a later stage dated before its arrival; a feedback's
 * rectification before the feedback.
 */
export function linkProblems(notices: readonly Linkable[]): LinkProblem[] {
  const byId = new Map(notices.map((notice) => [notice.id, notice]));
  const problems: LinkProblem[] = [];
  for (const notice of notices) {
    const named = notice.data.inspection;
    if (named === undefined) continue;
    const label = KIND_LABELS[notice.data.kind];
    if (notice.data.kind === 'arrival') {
      if (named !== notice.id)
        problems.push({
          id: notice.id,
          field: 'inspection',
          message: `收到 "${named}"，进驻公告自身开启一次巡视，应不写 inspection，或写它自己的文件名 "${notice.id}"`,
        });
      continue;
    }
    const arrival = byId.get(named);
    if (!arrival) {
      problems.push({
        id: notice.id,
        field: 'inspection',
        message: `收到 "${named}"，没有这份公告；应为同一次巡视的进驻公告的文件名（不含 .mdx）`,
      });
      continue;
    }
    if (arrival.data.kind !== 'arrival') {
      problems.push({
        id: notice.id,
        field: 'inspection',
        message: `收到 "${named}"，它是${KIND_LABELS[arrival.data.kind]}，不是进驻公告；应为同一次巡视的进驻公告的文件名`,
      });
      continue;
    }
    const units = [arrival.data.unit, ...(arrival.data.otherUnits ?? [])];
    if (!units.includes(notice.data.unit))
      problems.push({
        id: notice.id,
        field: 'unit',
        message: `收到 "${notice.data.unit}"，而它所属巡视的进驻公告 ${named} 巡视的是${units.join('、')}；应为其中之一，或检查 inspection`,
      });
    const opened = arrival.data.period?.start ?? arrival.data.day;
    if (notice.data.day < opened)
      problems.push({
        id: notice.id,
        field: STAGE_DAY_FIELD[notice.data.kind],
        message: `${label}的日期 ${formatDate(notice.data.day)} 早于它所属巡视的进驻日期 ${formatDate(opened)}（${named}）；应不早于进驻日期，或检查 inspection`,
      });
  }
  // A rectification reports on a feedback: it comes after the feedback of its unit.
  for (const group of inspections(notices).values()) {
    for (const rectification of group.filter((notice) => notice.data.kind === 'rectification')) {
      const feedback = group.find((notice) => notice.data.kind === 'feedback' && notice.data.unit === rectification.data.unit);
      if (feedback && rectification.data.day < feedback.data.day)
        problems.push({
          id: rectification.id,
          field: 'published',
          message: `整改进展情况的发布日期 ${formatDate(rectification.data.day)} 早于同一次巡视的反馈日期 ${formatDate(feedback.data.day)}（${feedback.id}）；应不早于反馈日期`,
        });
    }
  }
  return problems;
}

/** The links' problems as a file's problems, each named by the file of its notice. */
export function linkFileProblems(notices: readonly (Linkable & { file: string })[]): Problem[] {
  const files = new Map(notices.map((notice) => [notice.id, notice.file]));
  return linkProblems(notices).map(({ id, field, message }) => ({ file: files.get(id) ?? id, field, message }));
}

/** Notices whose links are broken cannot be published together. */
export class LinkError extends ContentError {
  override name = 'LinkError';

  constructor(problems: readonly Problem[]) {
    super(problems, '这些公告之间的关联有误，');
  }
}

/**
 * The notices of `folder` as linking needs them (their listings), for the
 * importer to propose an inspection from; a file that cannot be read as a
 * notice is left out (check:content names it).
 */
export function readLinkable(folder: string): Linkable[] {
  const schema = noticeSchema();
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      try {
        const parsed = schema.safeParse(parseNoticeFile(readFileSync(join(folder, name), 'utf8')).data);
        return parsed.success ? [{ id: name.slice(0, -'.mdx'.length), data: listingOf(parsed.data) }] : [];
      } catch {
        return [];
      }
    });
}
