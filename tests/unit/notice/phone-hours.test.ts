import { describe, expect, test } from 'vitest';
import { formatHours } from '../../../src/formats/contact.ts';
import { internationalNumber, isLandline, isMobile, spokenDigits } from '../../../src/notice/phone.ts';

describe('phone numbers', () => {
  test('tells landlines from mobiles', () => {
    expect(isLandline('0313-2568718')).toBe(true);
    expect(isLandline('010-12345678')).toBe(true);
    expect(isLandline('03132568718')).toBe(false);
    expect(isMobile('18830681009')).toBe(true);
    expect(isMobile('1883068100')).toBe(false);
    expect(isMobile('12830681009')).toBe(false);
  });

  test('writes numbers in international form for links, dropping the trunk zero', () => {
    expect(internationalNumber('0313-2568718')).toBe('+863132568718');
    expect(internationalNumber('010-12345678')).toBe('+861012345678');
    expect(internationalNumber('18830681009')).toBe('+8618830681009');
  });
});

test('numbers are spoken digit by digit, pausing between groups', () => {
  expect(spokenDigits('0313-2568718')).toBe('0 3 1 3，2 5 6 8 7 1 8');
  expect(spokenDigits('18830681009')).toBe('1 8 8 3 0 6 8 1 0 0 9');
});

describe('hours in words', () => {
  test('every day, one range', () => {
    expect(formatHours({ days: 'daily', ranges: [{ from: '08:00', to: '20:00' }] })).toBe(
      '每天 8:00 至 20:00',
    );
  });

  test('working days, morning and afternoon', () => {
    expect(
      formatHours({
        days: 'workdays',
        ranges: [
          { from: '08:30', to: '12:00' },
          { from: '14:30', to: '17:30' },
        ],
      }),
    ).toBe('工作日 8:30 至 12:00、14:30 至 17:30');
  });
});
