/**
 * A vCard 3.0 (RFC 2426) for an inspection team, so a reader can save the
 * team as a contact: the team as the organisation, every channel, and the
 * hours and period in the note.
 */
import type { Notice } from '../schemas/notice.ts';
import { unreachable } from '../util/unreachable.ts';
import { channelLine } from '../notice/contact.ts';
import { contentLines, escapeText } from './content-lines.ts';
import { formatPeriod } from '../notice/period.ts';
import { internationalNumber } from '../notice/phone.ts';

export function noticeVCard(notice: Notice): string {
  const team = escapeText(notice.team.name);
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `N:${team};;;;`, `FN:${team}`, `ORG:${team}`];
  let item = 0;
  for (const channel of notice.channels) {
    switch (channel.type) {
      case 'phone':
        for (const number of channel.numbers)
          lines.push(`TEL;TYPE=WORK,VOICE:${internationalNumber(number)}`);
        break;
      case 'sms':
        // The label shows in address books that read it (Apple's X-ABLabel);
        // MSG marks the number for messages in those that do not.
        item += 1;
        lines.push(`item${item}.TEL;TYPE=CELL,MSG:${internationalNumber(channel.number)}`);
        lines.push(`item${item}.X-ABLabel:${escapeText('只接收短信')}`);
        break;
      case 'email':
        lines.push(`EMAIL;TYPE=INTERNET,WORK:${channel.address}`);
        break;
      case 'postbox':
        // ADR: post office box; extended address; street; locality; region; postal code; country.
        lines.push(
          `ADR;TYPE=WORK,POSTAL:${escapeText(channel.box)};;;;;${channel.postcode ?? ''};${escapeText('中国')}`,
        );
        break;
      case 'suggestionBox':
        // Places, not an address to write to: the note lists them.
        break;
      default:
        unreachable(channel);
    }
  }
  const note = [
    `巡视${notice.unit}，巡视期间：${formatPeriod(notice.period)}。`,
    ...notice.channels.map(channelLine),
  ];
  lines.push(`NOTE:${escapeText(note.join('\n'))}`, 'END:VCARD');
  return contentLines(lines);
}
