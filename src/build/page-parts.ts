/**
 * What a notice's page shows besides its listing: the whole notice, its text
 * as HTML and the QR code of its address. In a build the notices worker makes
 * them ahead on the other core, in the order Astro renders the pages, keeps
 * them in one file and serves each on a local port when its page asks; without
 * an answer (astro dev, a worker gone) the page makes its own with the same function.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { Agent, createServer, get, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BodyContent } from '../content/mdx-body.ts';
import { renderNoticeBody } from '../content/notice-body.ts';
import { qrSvg } from '../formats/qr.ts';
import type { Notice } from '../schemas/notice.ts';

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
  return { data, body, qr: await qrSvg(url) };
}

/** Parts as served: with the notice file's digest and the page's address they were made for. */
interface MadeParts {
  fileDigest: string;
  url: string;
  parts: PageParts;
}

/**
 * The worker's side. Parts are appended to `file` as they are made (held on
 * disk, not in memory: they are made faster than Astro renders), and a
 * page's request is answered as soon as its notice's parts are there.
 */
export class PagePartsServer {
  readonly #server: Server;
  readonly #fd: number;
  #size = 0;
  readonly #where = new Map<string, [offset: number, length: number]>();
  readonly #waiting = new Map<string, ServerResponse[]>();
  /** The parts made and not yet asked for. */
  readonly #untaken = new Set<string>();
  #finished = false;
  #allTaken: (() => void) | undefined;
  /** Resolves once no more parts will come and every one made was sent: no page will ask again. */
  readonly allTaken = new Promise<void>((resolve) => (this.#allTaken = resolve));

  constructor(file: string) {
    this.#fd = openSync(file, 'w+');
    this.#server = createServer((request, response) => {
      const id = decodeURIComponent((request.url ?? '/').slice(1));
      if (this.#where.has(id)) this.#send(id, response);
      else if (this.#finished) response.writeHead(404).end();
      else this.#waiting.set(id, [...(this.#waiting.get(id) ?? []), response]);
    });
  }

  /** Starts serving on a free local port; returns its address, for the pages. */
  async listen(): Promise<string> {
    await new Promise<void>((done) => this.#server.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  add(id: string, fileDigest: string, url: string, parts: PageParts): void {
    const bytes = Buffer.from(JSON.stringify({ fileDigest, url, parts } satisfies MadeParts));
    writeSync(this.#fd, bytes, 0, bytes.length, this.#size);
    this.#where.set(id, [this.#size, bytes.length]);
    this.#untaken.add(id);
    this.#size += bytes.length;
    for (const response of this.#waiting.get(id) ?? []) this.#send(id, response);
    this.#waiting.delete(id);
  }

  #send(id: string, response: ServerResponse): void {
    const [offset, length] = this.#where.get(id)!;
    const bytes = Buffer.allocUnsafe(length);
    readSync(this.#fd, bytes, 0, length, offset);
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(bytes);
    this.#untaken.delete(id);
    this.#checkAllTaken();
  }

  #checkAllTaken(): void {
    if (this.#finished && this.#untaken.size === 0) this.#allTaken?.();
  }

  /** No more parts will come: the pages still waiting, and any that ask later for one not made, make their own. */
  finish(): void {
    this.#finished = true;
    for (const responses of this.#waiting.values())
      for (const response of responses) response.writeHead(404).end();
    this.#waiting.clear();
    this.#checkAllTaken();
  }

  async close(): Promise<void> {
    this.finish();
    await new Promise((done) => this.#server.close(done));
    closeSync(this.#fd);
  }
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
