/**
 * What the read-aloud control (朗读) says: text as a voice should read it.
 * Pure, for the reader's browser (scripts/read-aloud-speech.ts).
 */
import { spokenDigits } from './phone.ts';

/**
 * A run of six or more digits and hyphens: a phone number, a mobile, a
 * postcode. A voice reads "2568718" as a figure (two million…); people dial
 * it digit by digit. Dates (2018年7月21日) and times (8:00) are shorter runs.
 */
const LONG_FIGURE = /\d[\d-]{4,}\d/g;

/** The text with long figures spelled digit by digit and its white space collapsed. */
export function speakable(text: string): string {
  return text
    .replace(LONG_FIGURE, (run) => spokenDigits(run))
    .replace(/\s+/g, ' ')
    .trim();
}

/** How the control reads: the key facts and the channels, or the title and the full text. */
export type Reading = 'facts' | 'all';

/** Where each reading's words are on a notice page, in the order they are read. */
export const READING_PARTS: Record<Reading, string[]> = {
  facts: ['h1', '#after-period', '.summary', '#channels'],
  all: ['h1', '#full-text'],
};
