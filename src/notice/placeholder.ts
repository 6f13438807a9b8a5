/**
 * What the import command writes where the text does not state a value:
 * a marked note that the schema refuses, so the notice cannot be published
 * until a person fills it in.
 */
const MARK = '【待填写';

export function placeholder(hint: string): string {
  return `${MARK}：${hint}】`;
}

export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && value.includes(MARK);
}

/** The message for a field still holding a placeholder. */
export function placeholderMessage(value: string): string {
  return `这里还是导入时留下的占位内容 ${JSON.stringify(value)}，请按公告原文填写`;
}
