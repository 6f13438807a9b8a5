/**
 * Pieces of the Chinese messages shown to the people who write notices.
 * Every message says what was received and what was expected.
 */

/** How a received value is shown in a message: exact, but never a wall of JSON. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '空缺';
  if (value === null) return '空值';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return `数字 ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (value instanceof Date) {
    const read = Number.isNaN(value.getTime()) ? '无效日期' : value.toISOString().slice(0, 10);
    // YAML turns an unquoted date into a Date before we see it, silently
    // rolling an impossible one (2018-09-31) over into the next month.
    return `未加引号的日期（已被读作 ${read}）`;
  }
  if (Array.isArray(value)) return `一个列表（${value.length} 项）`;
  if (typeof value === 'object') return `一组字段（${Object.keys(value).join('、') || '空'}）`;
  return String(value);
}

/** Joins Chinese and Latin text with a space between them, none between two Chinese parts. */
function join(before: string, after: string): string {
  return /^[\x21-\x7e]/.test(after) ? `${before} ${after}` : `${before}${after}`;
}

/** "应为 …". */
export function expectation(expected: string): string {
  return join('应为', expected);
}

/** "收到 "x"，应为 …": the common shape of a message about a bad value. */
export function mismatch(value: unknown, expected: string): string {
  return `${join('收到', describeValue(value))}，${expectation(expected)}`;
}

/** "缺少必填字段，应为 …". */
export function missing(expected: string): string {
  return `缺少必填字段，${expectation(expected)}`;
}
