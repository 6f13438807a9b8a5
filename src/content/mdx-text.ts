/**
 * Plain notice text in an MDX body, and back. Every character that Markdown
 * or MDX would read as syntax (`{` starts an expression, `<` a tag, a line
 * beginning "import " an ES module, `*` emphasis…) is escaped, so the page
 * shows exactly the text and never runs it.
 */

/** ASCII punctuation with a meaning somewhere in Markdown or MDX; CommonMark lets a backslash escape any of it. */
const SYNTAX = /[\\`*_{}[\]<>#|~&!$]/g;
/** Markers that begin a block only at the start of a line. */
const LINE_START = /^(\d+)([.)])|^([-+=])/;
/** ESM lines: MDX reads them as code wherever they start a paragraph. */
const ESM = /^(import|export)\b/;
const ESM_ESCAPED = /^&#(105|101);(mport|xport)\b/;

function escapeParagraph(paragraph: string): string {
  const escaped = paragraph
    .replace(SYNTAX, '\\$&')
    .replace(LINE_START, (_, digits, mark, other) => (digits ? `${digits}\\${mark}` : `\\${other}`));
  // A backslash before a letter is not an escape, so the first letter becomes a character reference.
  return escaped.replace(ESM, (word: string) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

function unescapeParagraph(paragraph: string): string {
  return paragraph
    .replace(ESM_ESCAPED, (_, code: string, rest: string) => String.fromCharCode(Number(code)) + rest)
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** One paragraph per line of `text` → an MDX body with a blank line between paragraphs. */
export function toMdxBody(text: string): string {
  return `${text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(escapeParagraph)
    .join('\n\n')}\n`;
}

/** An MDX body written by `toMdxBody` → its text, one paragraph per line. */
export function fromMdxBody(body: string): string {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map(unescapeParagraph)
    .join('\n');
}
