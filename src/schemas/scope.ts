import { list, strictObject, text } from './fields.ts';

/** What the team looks into and which reports it takes: each part only when the notice states it. */
export function scopeSchema() {
  return strictObject(
    {
      /** The focus of the inspection, e.g. the 六个围绕、一个加强. */
      focus: strictObject(
        {
          /** The name the notice gives the whole list, when it gives one. */
          name: text('重点内容的总称，如 "六个围绕、一个加强"').optional(),
          /** Each focus item in the notice's words. */
          items: list(text('一项重点内容'), '重点内容'),
        },
        '巡视重点',
      ).optional(),
      /** Items the notice singles out (特别要把……作为重要内容); may be empty. */
      special: list(text('一项特别关注的内容'), '特别关注的内容', 0).default([]),
      /** Which reports the team accepts, in the notice's words. */
      accepted: text('受理范围的原文').optional(),
      /** Which reports are passed on to others, in the notice's words. */
      referred: text('不属于受理范围、转交处理的原文').optional(),
    },
    '巡视内容',
  );
}
