/**
 * A notice's text as HTML, rendered when its page is.
 *
 * A notice is text only: no imports, no components, no expressions (the
 * import command escapes them and check:content and the loader refuse
 * them), so its MDX body goes through the Markdown renderer the site is
 * configured with (astro.config.mjs takes `markdownProcessor` from here).
 *
 * It is rendered for the notice's page (src/lib/noticePage.ts), not by the
 * content loader: kept in the content store, 10,000 notices' HTML made a
 * 53 MB store that Vite bundled again on every build; kept in a file per
 * notice beside it, the build wrote 10,000 files only to read them back. A
 * page is rendered once per build, and a rebuild renders only the notices
 * that changed (src/lib/buildState.ts).
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
