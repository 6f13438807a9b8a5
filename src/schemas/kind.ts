/**
 * What a notice is. For now an arrival notice (进驻公告), with a meeting
 * report or without; the later stages of the same inspection (feedback,
 * rectification, review, withdrawal) are the next members, each with its
 * word here, and the type checker then points at every place that must
 * treat them apart.
 */
import { z } from 'astro/zod';
import { mismatch } from '../notice/messages.ts';

/** Each kind and how it reads on the page. */
export const KIND_LABELS = {
  arrival: '进驻公告',
} as const;

export type NoticeKind = keyof typeof KIND_LABELS;

const kinds = Object.keys(KIND_LABELS) as [NoticeKind, ...NoticeKind[]];

export function kindSchema() {
  return z.enum(kinds, {
    error: (issue) =>
      mismatch(issue.input, `${kinds.map((kind) => `${kind}（${KIND_LABELS[kind]}）`).join('、')}之一`),
  });
}

/** The kind of a notice; one that does not say is an arrival notice. */
export function kindOf(notice: { kind?: NoticeKind | undefined }): NoticeKind {
  return notice.kind ?? 'arrival';
}
