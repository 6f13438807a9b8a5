/**
 * What a notice is: which stage of an inspection it publishes. An arrival
 * (进驻) opens an inspection; the feedback (反馈), the rectification report
 * (整改), a review (回头看) and the withdrawal (撤离) follow it. Each kind has
 * its own facts (schemas/notice.ts composes them); the type checker points at
 * every place that must treat them apart.
 */

/** Each kind as a notice's headline names it. */
export const KIND_LABELS = {
  arrival: '进驻公告',
  feedback: '反馈情况',
  rectification: '整改进展情况',
  review: '回头看进驻公告',
  withdrawal: '撤离公告',
} as const;

export type NoticeKind = keyof typeof KIND_LABELS;

export const NOTICE_KINDS = Object.keys(KIND_LABELS) as [NoticeKind, ...NoticeKind[]];

/** Each kind as a stage of an inspection, in a timeline. */
export const STAGE_LABELS: Record<NoticeKind, string> = {
  arrival: '进驻',
  feedback: '反馈',
  rectification: '整改',
  review: '回头看',
  withdrawal: '撤离',
};

/** The kinds that station a team with a period and channels: an arrival, or a review. */
export type StayKind = 'arrival' | 'review';

export function isStayKind(kind: NoticeKind): kind is StayKind {
  return kind === 'arrival' || kind === 'review';
}

/** The kind list as a message names it: "arrival（进驻公告）、feedback（反馈情况）…". */
export function kindChoices(): string {
  return NOTICE_KINDS.map((kind) => `${kind}（${KIND_LABELS[kind]}）`).join('、');
}
