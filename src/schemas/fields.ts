/**
 * Field builders shared by every part of the notice schema.
 *
 * The people who write notices are office staff, not programmers, so every
 * message is in Chinese and says what was received and what was expected.
 * Astro (and `npm run check:content`) prefix each message with the file and
 * the field path, so a message never repeats them.
 *
 * Messages are attached to the schemas themselves: zod gives a schema-level
 * `error` precedence over the error map a caller passes to `parse`, so Astro's
 * English defaults never replace them.
 */
import { z } from 'astro/zod';
import { expectation, mismatch, missing } from '../notice/messages.ts';
import { isPlaceholder, placeholderMessage } from '../notice/placeholder.ts';

interface RawIssue {
  code?: string;
  input?: unknown;
}

/** The message for a value of the wrong type, or for a missing field. */
export function typeMessage(expected: string) {
  return (issue: RawIssue): string | undefined => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined) return missing(expected);
    return mismatch(issue.input, expected);
  };
}

/**
 * A string that must pass `problem`, which returns the reason it is wrong
 * (a complete Chinese message) or `undefined` when it is right.
 */
export function checkedString(expected: string, problem: (value: string) => string | undefined) {
  return z.string({ error: typeMessage(expected) }).superRefine((value, ctx) => {
    const message = isPlaceholder(value) ? placeholderMessage(value) : problem(value);
    if (message) ctx.addIssue({ code: 'custom', message, input: value });
  });
}

/** A required piece of wording, never empty or only spaces. */
export function text(expected = '一段文字') {
  return checkedString(expected, (value) =>
    value.trim() === '' ? `不能为空，${expectation(expected)}` : undefined,
  );
}

/** A list with at least `min` items, each validated by `item`. */
export function list<T extends z.ZodType>(item: T, expected: string, min = 1) {
  return z.array(item, { error: typeMessage(`${expected}的列表`) }).min(min, {
    error: (issue) =>
      `列表不能为空：收到 ${(issue.input as unknown[]).length} 项，应至少有 ${min} 项${expected}`,
  });
}

/**
 * An object that rejects unknown keys, so that a misspelt field name fails
 * loudly instead of being dropped (and its value silently lost).
 */
export function strictObject<S extends z.ZodRawShape>(shape: S, expected: string) {
  const allowed = Object.keys(shape).join('、');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((key) => `"${key}"`).join('、');
        return `不认识的字段 ${keys}（请检查拼写），这里允许的字段为：${allowed}`;
      }
      return typeMessage(`${expected}（包含字段 ${allowed}）`)(issue);
    },
  });
}

const WEB_ADDRESS = /^https?:\/\/[^\s/]+\.[^\s]+$/;

/** A web address, http:// or https://. */
export function webAddress() {
  const expected = '以 https:// 或 http:// 开头的网址';
  return checkedString(expected, (value) =>
    WEB_ADDRESS.test(value) ? undefined : mismatch(value, expected),
  ).meta({ pattern: WEB_ADDRESS.source });
}

// Deliberately plain: one "@", no spaces, a dot in the domain. zod's own
// check rejects some valid addresses and would print an English message.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** An e-mail address. */
export function emailAddress() {
  return checkedString('电子邮箱地址，如 "hbswxsz09@hebei.gov.cn"', (value) =>
    EMAIL.test(value) ? undefined : mismatch(value, '有效的电子邮箱地址，如 "hbswxsz09@hebei.gov.cn"'),
  ).meta({ pattern: EMAIL.source });
}
