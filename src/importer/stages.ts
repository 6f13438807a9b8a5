/**
 * Reading a notice's stage out of its text: whether it is an arrival, a
 * feedback, a rectification report, a review or a withdrawal, and the facts
 * of the later stages (the feedback's day, who gave and who received it and
 * the problems; the report's publisher, figures and last day for comments;
 * when the channels stop and what to use instead). Nothing is guessed: what
 * the text does not state comes back undefined.
 */
import type { NoticeKind } from '../schemas/kind.ts';
import { DATE, textDate, type TextDate } from './extract.ts';

const DATE_SOURCE = DATE.source;

/** The stage, from the headline first, then from the words only a later stage uses. */
export function stageOf(text: string, title: string | undefined): NoticeKind {
  const tests: [NoticeKind, RegExp][] = [
    ['withdrawal', /撤离|停止使用|全部撤回/u],
    ['rectification', /整改(?:进展|落实|工作)?情况|整改进展/u],
    ['review', /回头看/u],
    ['feedback', /反馈(?:了)?(?:巡视|巡察)?(?:情况|意见)|反馈会/u],
  ];
  for (const [kind, pattern] of tests) if (title && pattern.test(title)) return kind;
  // A headline that names an arrival settles it; so does a mobilization meeting.
  // An arrival's focus may name 回头看 or 整改 (of an earlier inspection): a headline that names an
  // arrival or its meeting settles it.
  if (title && /进驻|动员会|公告$/u.test(title)) return 'arrival';
  if (/(?:联系电话|值班电话|电子邮箱)[^。]{0,30}(?:全部|一律)?停止使用/u.test(text)) return 'withdrawal';
  if (/整改进展情况|整改情况予以公布|整改情况的通报/u.test(text)) return 'rectification';
  if (/开展[^。]{0,10}“?回头看/u.test(text)) return 'review';
  if (/(?:向|对)[^。]{1,40}反馈了?(?:巡视|巡察)(?:情况|意见)/u.test(text)) return 'feedback';
  return 'arrival';
}

export interface StageFacts {
  feedback: {
    date: TextDate | undefined;
    by: string | undefined;
    to: string | undefined;
    problems: string[];
  };
  rectification: {
    publisher: string | undefined;
    commentsUntil: TextDate | undefined;
    figures: { what: string; count: number; unit: string }[];
  };
  withdrawal: {
    stops: TextDate | undefined;
    at: string | undefined;
    instead: string | undefined;
  };
}

const ITEM_NUMERALS = '[一二三四五六七八九十]+';

/** "一是……；二是……" after 发现/指出: each item in the notice's words. */
function problems(text: string): string[] {
  const list = new RegExp(`(?:发现|指出|存在)[^。：]{0,30}[：:]?\\s*(${ITEM_NUMERALS}是[^。]+)。`, 'u').exec(
    text,
  )?.[1];
  if (!list) return [];
  return list
    .split(new RegExp(`[；;，]?${ITEM_NUMERALS}是`, 'u'))
    .map((item) => item.replace(/[；;，。]+$/u, '').trim())
    .filter(Boolean);
}

/** "反馈问题 23 个", "制定整改措施69条", "已完成整改23个": a number right after its words, with its unit. */
function figures(text: string): StageFacts['rectification']['figures'] {
  const found: StageFacts['rectification']['figures'] = [];
  for (const match of text.matchAll(
    /(?:^|[，、；。\s])(?:对照)?([\p{Script=Han}]{2,10}?)\s*(\d+)\s*(个|条|件|项|人次|人|万元|家)(问题|措施|事项)?/gu,
  )) {
    // "反馈的48个问题": the noun after the number completes what is counted.
    const words = match[1]!.replace(/^(?:共|其中|累计|现)/u, '');
    const what = match[4] ? `${words.replace(/的$/u, '')}${match[4]}` : words;
    if (!found.some((figure) => figure.what === what))
      found.push({ what, count: Number(match[2]), unit: match[3]! });
  }
  return found;
}

/** "2018年9月30日18时起", "自9月30日18:00起": the day and time the channels stop. */
function stop(text: string): { stops: TextDate | undefined; at: string | undefined } {
  const match = new RegExp(
    `(${DATE_SOURCE})\\s*(?:(\\d{1,2})(?:时|点|:|：)(?:(\\d{2})分?)?)?起?[^。]{0,40}停止使用`,
    'u',
  ).exec(text);
  if (!match) return { stops: undefined, at: undefined };
  const hour = match[5];
  const at = hour ? `${hour.padStart(2, '0')}:${match[6] ?? '00'}` : undefined;
  return { stops: textDate(match.slice(1, 5)), at };
}

export function extractStage(text: string, title: string | undefined): StageFacts {
  const feedbackDay = new RegExp(`(${DATE_SOURCE})[^。]{0,60}?反馈了?`, 'u').exec(text);
  const publisher = /^(中共[^关，。\n]{2,30}?)关于/u.exec(title ?? '')?.[1];
  const until = new RegExp(`(?:请于|截至|截止到?)(${DATE_SOURCE})前?`, 'u').exec(text);
  return {
    feedback: {
      date: feedbackDay ? textDate(feedbackDay.slice(1, 5)) : undefined,
      by: /((?:省委|市委|县委|区委)?第[一二三四五六七八九十]+(?:巡视|巡察)组组长[\p{Script=Han}]{0,4}?)(?:向|代表)/u.exec(
        text,
      )?.[1],
      // The headline may name the unit alone, the text its leadership: the fullest wins.
      to: [
        ...text.matchAll(/向([^，。；\n]{2,30}(?:领导班子|党委|党组|市委|县委|区委))(?:主要负责同志)?反馈/gu),
      ]
        .map((match) => match[1]!)
        .sort((a, b) => b.length - a.length)[0],
      problems: problems(text),
    },
    rectification: {
      publisher,
      commentsUntil: until ? textDate(until.slice(1, 5)) : undefined,
      figures: figures(text),
    },
    withdrawal: {
      ...stop(text),
      instead: /([^。，；]*(?:正常渠道|信访渠道)[^。]*)。/u.exec(text)?.[1]?.trim(),
    },
  };
}
