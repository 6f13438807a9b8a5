/**
 * A vCard 3.0 (RFC 2426) for an inspection team, so a reader can save the
 * team as a contact: the team as the organisation, every channel, and the
 * hours and period in the note. Written with ical.js.
 */
import { channelLine } from './contact.ts';
import { stageLine, teamWord } from './stage.ts';
import { internationalNumber } from '../notice/phone.ts';
import { isStay, type Notice } from '../schemas/notice.ts';
import { unreachable } from '../util/unreachable.ts';
import { component, fileOf } from './ical-lib.ts';

type Line = [string, unknown, Record<string, string | string[]>?];

export function noticeVCard(notice: Notice): string {
  const team = notice.team.name;
  // VERSION first: ical.js then writes every value as vCard 3.0 has it.
  const lines: Line[] = [
    ['version', '3.0'],
    ['n', [team, '', '', '', '']],
    ['fn', team],
    ['org', team],
  ];
  let item = 0;
  for (const channel of notice.channels) {
    switch (channel.type) {
      case 'phone':
        for (const number of channel.numbers)
          lines.push(['tel', internationalNumber(number), { type: ['WORK', 'VOICE'] }]);
        break;
      case 'mobile':
        lines.push(['tel', internationalNumber(channel.number), { type: ['CELL', 'VOICE', 'MSG'] }]);
        break;
      case 'letter':
        // ADR: post office box; extended address; street; locality; region; postal code; country.
        lines.push([
          'adr',
          ['', '', channel.address, '', '', channel.postcode ?? '', '中国'],
          { type: ['WORK', 'POSTAL'] },
        ]);
        break;
      case 'online':
        if (channel.url) lines.push(['url', channel.url]);
        break;
      case 'reception':
        // A place to go to, with its hours: the note says it.
        break;
      case 'sms':
        // The label shows in address books that read it (Apple's X-ABLabel);
        // MSG marks the number for messages in those that do not.
        item += 1;
        lines.push([
          'tel',
          internationalNumber(channel.number),
          { type: ['CELL', 'MSG'], group: `item${item}` },
        ]);
        lines.push(['x-ablabel', '只接收短信', { group: `item${item}` }]);
        break;
      case 'email':
        lines.push(['email', channel.address, { type: ['INTERNET', 'WORK'] }]);
        break;
      case 'postbox':
        // ADR: post office box; extended address; street; locality; region; postal code; country.
        lines.push([
          'adr',
          [channel.box, '', '', '', '', channel.postcode ?? '', '中国'],
          { type: ['WORK', 'POSTAL'] },
        ]);
        break;
      case 'suggestionBox':
        // Places, not an address to write to: the note lists them.
        break;
      default:
        unreachable(channel);
    }
  }
  const note = [
    `${teamWord(notice.team)}${notice.unit}，${stageLine(notice)}。`,
    ...notice.channels.map(channelLine),
    ...((isStay(notice) && notice.supervision) || []).map(
      (phone) => `监督电话（反映巡视组自身问题）：${phone.numbers.join('、')}`,
    ),
  ];
  lines.push(['note', note.join('\n')]);
  return fileOf(component('vcard', lines));
}
