import { expect, test } from 'vitest';
import { speakable } from '../../../src/notice/speech.ts';

test('a voice reads phone numbers, mobiles and postcodes digit by digit, a group at a time', () => {
  expect(speakable('值班电话：0313-2568718')).toBe('值班电话：0 3 1 3，2 5 6 8 7 1 8');
  expect(speakable('只接收短信：18830681009')).toBe('只接收短信：1 8 8 3 0 6 8 1 0 0 9');
  expect(speakable('邮编：075000')).toBe('邮编：0 7 5 0 0 0');
});

test('dates, times, counts and box numbers stay figures, as people say them', () => {
  expect(speakable('2018年7月21日至9月30日，每天8:00至20:00')).toBe(
    '2018年7月21日至9月30日，每天8:00至20:00',
  );
  expect(speakable('张家口018信箱，设在以下3处')).toBe('张家口018信箱，设在以下3处');
});

test('the page’s line breaks and indentation become single spaces', () => {
  expect(speakable('  联系方式\n\n    值班电话 ')).toBe('联系方式 值班电话');
});
