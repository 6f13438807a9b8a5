/**
 * Content lines as vCard (RFC 2426) and iCalendar (RFC 5545) write them:
 * text values escaped, lines folded at 75 octets without splitting a
 * character, CRLF line ends.
 */

/** Escapes a TEXT value: backslash, comma, semicolon and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');
}

const MAX_OCTETS = 75;

/** UTF-8 length of one code point (a TextEncoder per character cost most of a notice's files). */
function utf8Length(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds one content line into pieces of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  // UTF-8 takes at most 3 octets per UTF-16 unit (a surrogate pair: 4 for 2), so short lines fit.
  if (line.length * 3 <= MAX_OCTETS) return line;
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    // Continuation lines carry one octet of leading space.
    const limit = pieces.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/** Joins content lines into a file body. */
export function contentLines(lines: readonly string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
