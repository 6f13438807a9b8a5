import { mismatch } from './messages.ts';

/**
 * Chinese phone numbers as notices print them: a landline with its area
 * code ("0313-2568718") or an 11-digit mobile ("18830681009").
 */

/** Area code (0 + 2 or 3 digits), a hyphen, then 7 or 8 digits. */
const LANDLINE = /^0\d{2,3}-\d{7,8}$/;
/** Mainland mobiles: 11 digits beginning 13–19. */
const MOBILE = /^1[3-9]\d{9}$/;

/** The same rules for JSON Schema, which describes the published data. */
export const PHONE_PATTERN = `${LANDLINE.source}|${MOBILE.source}`;
export const MOBILE_PATTERN = MOBILE.source;

export function isLandline(number: string): boolean {
  return LANDLINE.test(number);
}

export function isMobile(number: string): boolean {
  return MOBILE.test(number);
}

/** Why `number` cannot be a duty phone, or `undefined` when it can. */
export function phoneProblem(number: string): string | undefined {
  if (isLandline(number) || isMobile(number)) return undefined;
  return mismatch(number, '带区号的固定电话（如 "0313-2568718"）或 11 位手机号码（如 "18830681009"）');
}

/** Why `number` cannot take text messages, or `undefined` when it can. */
export function mobileProblem(number: string): string | undefined {
  if (isMobile(number)) return undefined;
  if (isLandline(number)) {
    return mismatch(number, '11 位手机号码（如 "18830681009"）：这是固定电话，收不到短信');
  }
  return mismatch(number, '11 位手机号码（如 "18830681009"）');
}

/**
 * E.164 form for tel: and sms: links: "0313-2568718" → "+863132568718"; a
 * short service number with its area code too ("0799-12388" → "+8679912388").
 * A short number alone ("12388") is dialled as it is: it has no E.164 form.
 */
export function internationalNumber(number: string): string {
  const digits = number.replace(/\D/g, '');
  if (/^\d{3,5}$/.test(number)) return digits;
  return `+86${/^0\d{2,3}-/.test(number) ? digits.slice(1) : digits}`;
}

/**
 * The number as a screen reader should say it, digit by digit with a pause
 * between groups: "0313-2568718" → "0 3 1 3，2 5 6 8 7 1 8". Read as one
 * figure it would be "three hundred and thirteen…".
 */
export function spokenDigits(number: string): string {
  return number
    .split('-')
    .map((group) => [...group].join(' '))
    .join('，');
}
