import { list, strictObject, text } from './fields.ts';

/** The inspection team (巡视组 or 巡察组) that publishes the notice. */
export function teamSchema() {
  return strictObject(
    {
      /** Full name with the level that sent it, e.g. 河北省委第九巡视组. */
      name: text('巡视组的全称，如 "河北省委第九巡视组"'),
      /** The team leader (组长), when the notice names them. */
      leader: text('组长的姓名').optional(),
      /** The deputy leaders (副组长), in the notice's order; may be empty. */
      deputyLeaders: list(text('副组长的姓名'), '副组长的姓名', 0).default([]),
    },
    '巡视组信息',
  );
}
