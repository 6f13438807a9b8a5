/**
 * An invented inspection of every stage, as front-matter objects: the
 * Fengxi county team's inspection of an invented bureau, with its
 * withdrawal, feedback, rectification report and review. Numbers,
 * names and addresses are made up.
 */
export const ARRIVAL = {
  title: '县委第二巡察组进驻县林业局开展巡察',
  published: '2025-03-03',
  team: { name: '凤溪县委第二巡察组' },
  unit: '县林业局党组',
  round: '2025年凤溪县委第一轮巡察',
  period: { start: '2025-03-03', end: '2025-04-30', reportsUntil: '2025-04-25' },
  channels: [
    {
      type: 'phone',
      numbers: ['0799-6123401'],
      hours: { days: 'workdays', ranges: [{ from: '08:30', to: '17:30' }] },
    },
    { type: 'email', address: 'fxxcz2@fengxi.example' },
  ],
};

export const FEEDBACK = {
  kind: 'feedback',
  title: '县委第二巡察组向县林业局党组反馈巡察情况',
  published: '2025-06-10',
  team: { name: '凤溪县委第二巡察组' },
  unit: '县林业局党组',
  inspection: 'arrival',
  feedback: {
    date: '2025-06-09',
    by: '县委第二巡察组组长',
    to: '县林业局党组领导班子',
    problems: ['护林资金管理不规范', '基层党组织组织生活不严肃'],
  },
  channels: [{ type: 'phone', numbers: ['0799-6123401'] }],
};

export const RECTIFICATION = {
  kind: 'rectification',
  title: '中共凤溪县林业局党组关于巡察整改进展情况的通报',
  published: '2025-08-20',
  team: { name: '凤溪县委第二巡察组' },
  unit: '县林业局党组',
  inspection: 'arrival',
  rectification: {
    publisher: '中共凤溪县林业局党组',
    commentsUntil: '2025-09-05',
    figures: [
      { what: '反馈问题', count: 17, unit: '个' },
      { what: '已完成整改', count: 14, unit: '个' },
    ],
  },
  channels: [{ type: 'email', address: 'fxlyj@fengxi.example' }],
};

export const WITHDRAWAL = {
  kind: 'withdrawal',
  title: '县委第二巡察组撤离公告',
  published: '2025-04-28',
  team: { name: '凤溪县委第二巡察组' },
  unit: '县林业局党组',
  inspection: 'arrival',
  withdrawal: { stops: '2025-04-28', at: '18:00', instead: '群众信访请通过正常渠道反映' },
};

export const REVIEW = {
  kind: 'review',
  title: '县委第二巡察组对县林业局党组开展巡察“回头看”',
  published: '2026-05-11',
  team: { name: '凤溪县委第二巡察组' },
  unit: '县林业局党组',
  inspection: 'arrival',
  period: { start: '2026-05-11', end: '2026-05-29' },
  channels: [{ type: 'phone', numbers: ['0799-6123409'] }],
};
