import { describe, expect, test } from 'vitest';
import { noticeSchema, listingOf, stageDay } from '../../../src/schemas/notice.ts';
import { recordJsonSchema } from '../../../src/formats/open-data.ts';
import { ARRIVAL, FEEDBACK, RECTIFICATION, REVIEW, WITHDRAWAL } from '../../helpers/lifecycle.ts';

const messages = (value: unknown) =>
  noticeSchema()
    .safeParse(value)
    .error?.issues.map((issue) => `${issue.path.join('.')}：${issue.message}`);

describe('the kinds of notice', () => {
  test('every stage of an inspection passes, each with its own facts, and an arrival need not say its kind', () => {
    const parsed = [ARRIVAL, FEEDBACK, RECTIFICATION, WITHDRAWAL, REVIEW].map((data) =>
      noticeSchema().parse(data),
    );
    expect(parsed.map((notice) => notice.kind)).toEqual([
      'arrival',
      'feedback',
      'rectification',
      'withdrawal',
      'review',
    ]);
    expect(parsed.map(stageDay)).toEqual([
      '2025-03-03',
      '2025-06-09',
      '2025-08-20',
      '2025-04-28',
      '2026-05-11',
    ]);
    // A later stage may give no channels; a withdrawal's listing keeps when they stop.
    expect(parsed[3]!.channels).toEqual([]);
    expect(listingOf(parsed[3]!).stops).toEqual({ stops: '2025-04-28', at: '18:00' });
  });

  test('an unknown kind is refused, naming the value and every kind', () => {
    expect(messages({ ...FEEDBACK, kind: 'fankui' })).toEqual([
      'kind：收到 "fankui"，应为 arrival（进驻公告）、feedback（反馈情况）、rectification（整改进展情况）、review（回头看进驻公告）、withdrawal（撤离公告）之一',
    ]);
  });

  test("a stage's facts belong to its kind: a feedback needs them, and a withdrawal has no period", () => {
    const { feedback: _feedback, ...bare } = FEEDBACK;
    expect(messages(bare)).toEqual([expect.stringMatching(/^feedback：缺少必填字段/)]);
    expect(messages({ ...WITHDRAWAL, period: ARRIVAL.period })).toEqual([
      expect.stringContaining('不认识的字段 "period"'),
    ]);
  });

  test('a review must name the inspection it looks back on', () => {
    const { inspection: _inspection, ...bare } = REVIEW;
    expect(messages(bare)).toEqual([
      expect.stringMatching(/^inspection：缺少必填字段，应为进驻公告的文件名/),
    ]);
    expect(messages({ ...REVIEW, inspection: '2025 林业局' })).toEqual([
      expect.stringMatching(/^inspection：收到 "2025 林业局"/),
    ]);
  });

  test('a withdrawal stops at a time of day written as "HH:MM"', () => {
    expect(messages({ ...WITHDRAWAL, withdrawal: { stops: '2025-04-28', at: '18点' } })).toEqual([
      expect.stringMatching(/^withdrawal\.at：/),
    ]);
  });

  test('the published JSON Schema describes every kind, each record with its inspection', () => {
    const schema = recordJsonSchema('https://example.org/') as {
      oneOf: { properties: Record<string, { const?: string }>; required: string[] }[];
    };
    expect(schema.oneOf.map((option) => option.properties['kind']?.const)).toEqual([
      'arrival',
      'review',
      'feedback',
      'rectification',
      'withdrawal',
    ]);
    for (const option of schema.oneOf) expect(option.required).toContain('inspection');
  });
});
