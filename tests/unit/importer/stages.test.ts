import { describe, expect, test } from 'vitest';
import { parseNoticeFile } from '../../../src/content/notice-file.ts';
import { importNotice } from '../../../src/importer/import-notice.ts';
import { stageOf } from '../../../src/importer/stages.ts';
import type { Linkable } from '../../../src/notice/inspection.ts';
import { listingOf, noticeSchema } from '../../../src/schemas/notice.ts';
import { ARRIVAL } from '../../helpers/lifecycle.ts';

/** Invented later-stage notices, worded as such notices are, with made-up numbers. */
const FEEDBACK_TEXT = `凤溪县委第二巡察组向县林业局党组反馈巡察情况
根据县委统一部署，2025年3月3日至4月30日，县委第二巡察组对县林业局党组进行了巡察。6月9日，县委第二巡察组组长向县林业局党组领导班子反馈了巡察情况。
巡察组指出，巡察中发现的主要问题：一是护林资金管理不规范；二是基层党组织组织生活不严肃；三是干部交流轮岗不够。
对反馈问题的整改落实情况，欢迎监督，联系电话：0799-6123401。`;

const RECTIFICATION_TEXT = `中共凤溪县林业局党组关于巡察整改进展情况的通报
根据县委统一部署，2025年3月3日至4月30日，县委第二巡察组对县林业局党组进行了巡察，6月9日反馈了巡察意见。
对照反馈的17个问题，局党组制定整改措施52条，已完成整改14个，建立完善制度6项。
欢迎广大干部群众监督。请于2025年9月5日前通过电子邮箱fxlyj@fengxi.example反映。`;

const WITHDRAWAL_TEXT = `关于县委第二巡察组撤离的公告
县委第二巡察组对县林业局党组的巡察工作已经结束。自2025年4月28日18时起，巡察期间公布的联系电话、电子邮箱停止使用，意见箱全部撤回。此后群众信访请通过正常渠道反映。`;

const REVIEW_TEXT = `县委第二巡察组对县林业局党组开展巡察“回头看”
根据县委统一部署，县委第二巡察组于2026年5月11日至5月29日对县林业局党组开展巡察“回头看”。“回头看”期间设值班电话：0799-6123409（工作日8:30至17:30）。`;

const known: Linkable[] = [{ id: '2025-linye', data: listingOf(noticeSchema().parse(ARRIVAL)) }];
const front = (text: string, options = {}) =>
  parseNoticeFile(importNotice(text, { place: '凤溪县', known, ...options }).mdx).data as Record<string, any>;

describe('the stage of an imported notice', () => {
  test('is told from its headline and its words', () => {
    expect(stageOf(FEEDBACK_TEXT, FEEDBACK_TEXT.split('\n')[0])).toBe('feedback');
    expect(stageOf(RECTIFICATION_TEXT, RECTIFICATION_TEXT.split('\n')[0])).toBe('rectification');
    expect(stageOf(WITHDRAWAL_TEXT, WITHDRAWAL_TEXT.split('\n')[0])).toBe('withdrawal');
    expect(stageOf(REVIEW_TEXT, REVIEW_TEXT.split('\n')[0])).toBe('review');
    // An arrival whose focus names an earlier 回头看 and 整改 is still an arrival.
    expect(stageOf('加强对巡视整改“回头看”情况的监督检查。', '省委第九巡视组巡视某市工作动员会召开')).toBe(
      'arrival',
    );
  });

  test("a feedback's day, who gave and received it, its problems and its inspection", () => {
    const data = front(FEEDBACK_TEXT);
    expect(data).toMatchObject({
      kind: 'feedback',
      team: { name: '凤溪县委第二巡察组' },
      unit: '县林业局党组',
      inspection: '2025-linye',
      feedback: {
        date: '2025-06-09',
        to: '县林业局党组领导班子',
        problems: ['护林资金管理不规范', '基层党组织组织生活不严肃', '干部交流轮岗不够'],
      },
    });
  });

  test("a rectification's publisher, figures in its words and last day for comments", () => {
    const data = front(RECTIFICATION_TEXT, { date: '2025-08-20' });
    expect(data['rectification']).toEqual({
      publisher: '中共凤溪县林业局党组',
      commentsUntil: '2025-09-05',
      figures: [
        { what: '反馈问题', count: 17, unit: '个' },
        { what: '局党组制定整改措施', count: 52, unit: '条' },
        { what: '已完成整改', count: 14, unit: '个' },
        { what: '建立完善制度', count: 6, unit: '项' },
      ],
    });
    expect(data['inspection']).toBe('2025-linye');
  });

  test("a withdrawal's stop, to the hour, and what to use instead; the channels it stops are not kept", () => {
    const data = front(WITHDRAWAL_TEXT);
    expect(data['withdrawal']).toEqual({
      stops: '2025-04-28',
      at: '18:00',
      instead: '此后群众信访请通过正常渠道反映',
    });
    expect(data['channels']).toEqual([]);
  });

  test('a review names the inspection it looks back on', () => {
    const data = front(REVIEW_TEXT);
    expect(data).toMatchObject({
      kind: 'review',
      inspection: '2025-linye',
      period: { start: '2026-05-11', end: '2026-05-29' },
    });
  });

  test('is never linked on a guess: two arrivals that fit are left for a person, and none leaves the notice alone', () => {
    const again: Linkable = {
      id: '2025-linye-2',
      data: listingOf(
        noticeSchema().parse({ ...ARRIVAL, period: { start: '2025-05-05', end: '2025-05-30' } }),
      ),
    };
    const ambiguous = importNotice(FEEDBACK_TEXT, { place: '凤溪县', known: [...known, again] });
    expect(ambiguous.todo.join('\n')).toContain('可能是 2025-linye、2025-linye-2');
    const alone = importNotice(FEEDBACK_TEXT, { place: '凤溪县', known: [] });
    expect((parseNoticeFile(alone.mdx).data as Record<string, unknown>)['inspection']).toBeUndefined();
    expect(alone.todo.join('\n')).toContain('这份公告将单独显示');
  });
});
