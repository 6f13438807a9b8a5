/**
 * A notice's text as HTML, rendered with the Markdown processor the site is
 * configured with (astro.config.mjs takes it from here), when its page is
 * rendered: a notice is text only, never MDX code (notice-file.ts refuses it).
 */
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { noticeBody } from './notice-file.ts';

/** A notice is published word for word: no curly quotes or dashes made from its ASCII. */
export const markdownProcessor = satteri({ features: { smartPunctuation: false } });

/**
 * Astro's Markdown options besides the processor, for astro.config.mjs and
 * for the renderer here. No syntax highlighting: a notice has no code, and
 * Shiki's colours are inline style attributes, which the pages' CSP refuses.
 */
export const markdownOptions = { syntaxHighlight: false } as const;

type Renderer = Awaited<ReturnType<typeof markdownProcessor.createRenderer>>;
let renderer: Promise<Renderer> | undefined;

/**
 * The HTML of the text of a notice file, given what it says and where it is,
 * rendered as Astro would render it with the site's options.
 */
export async function renderNoticeBody(source: string, path: string): Promise<string> {
  renderer ??= markdownProcessor.createRenderer(markdownOptions);
  const { code } = await (await renderer).render(noticeBody(source), { fileURL: pathToFileURL(path) });
  return code;
}
