/**
 * What a notice's page shows besides its listing: the whole notice, its text
 * as HTML and the QR code of its address. In a build the notices worker makes
 * them ahead on the other core, in the order Astro renders the pages, keeps
 * them in one file and serves each on a local port when its page asks; without
 * an answer (astro dev, a worker gone) the page makes its own with the same function.
 * The serving is build/page-parts-server.ts.
 */
import { Agent, get } from 'node:http';
import type { BodyContent } from '../content/mdx-body.ts';
import { renderNoticeBody } from '../content/notice-body.ts';
import { qrSvg } from '../formats/qr.ts';
import type { Notice } from '../schemas/notice.ts';
import type { MadeParts } from './page-parts-server.ts';

export interface PageParts {
  data: Notice;
  /** The notice's text as HTML; none when the text is compiled by @astrojs/mdx (routing.ts, noticeText). */
  body?: string | undefined;
  /** The QR code of the page's address, as SVG. */
  qr: string;
}

/**
 * The parts of the page at `url` of the notice `data`, whose text holds
 * `content`, read and validated from `source`, the file at `path`.
 */
export async function makePageParts(
  data: Notice,
  content: Pick<BodyContent, 'mdx'>,
  source: string,
  path: string,
  url: string,
): Promise<PageParts> {
  const body = content.mdx ? undefined : await renderNoticeBody(source, path);
  return { data, body, qr: qrSvg(url, true) };
}

/** Kept-alive connections: node:http costs a page about a third of what fetch does (0.26 ms a request). */
const agent = new Agent({ keepAlive: true });

/** The body of a GET of `url`, or undefined for any status but 200. */
function getBody(url: string): Promise<Buffer | undefined> {
  return new Promise((done, fail) => {
    get(url, { agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(response.statusCode === 200 ? Buffer.concat(chunks) : undefined));
      response.on('error', fail);
    }).on('error', fail);
  });
}

/** The page's side: its parts from the worker at `address`, if made from this digest for this address. */
export async function takePageParts(
  address: string,
  id: string,
  fileDigest: string,
  url: string,
): Promise<PageParts | undefined> {
  try {
    const body = await getBody(`${address}/${encodeURIComponent(id)}`);
    if (!body) return undefined;
    const made = JSON.parse(body.toString('utf8')) as MadeParts;
    // The file changed since Astro read it, or the site's address differs: the page makes its own.
    return made.fileDigest === fileDigest && made.url === url ? made.parts : undefined;
  } catch {
    // The worker is gone (it failed, or the page is rendered after it ended): the page makes its own.
    return undefined;
  }
}
