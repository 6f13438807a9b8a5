/**
 * What a notice's page shows besides its listing: the whole notice, its text
 * as HTML and the QR code of its address. The notices worker makes them
 * beside Astro and serves them on a local port, each request answered as soon
 * as its notice's parts are made; without them (astro dev, a notice the
 * worker skipped) the page makes its own with the same function.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderNoticeBody } from '../content/notice-body.ts';
import { qrSvg } from '../formats/qr.ts';
import type { Notice } from '../schemas/notice.ts';

export interface PageParts {
  data: Notice;
  /** The notice's text as HTML. */
  body: string;
  /** The QR code of the page's address, as SVG. */
  qr: string;
}

/** The parts of the page at `url` of the notice `data`, read and validated from `source`, the file at `path`. */
export async function makePageParts(
  data: Notice,
  source: string,
  path: string,
  url: string,
): Promise<PageParts> {
  return { data, body: await renderNoticeBody(source, path), qr: await qrSvg(url) };
}

/** What parts are made for: the notice file's digest and the page's address. */
const keyOf = (fileDigest: string, url: string) => `${fileDigest} ${url}`;

/** The worker's side: parts as they are made, held until their page asks (once). */
export class PagePartsServer {
  readonly #server: Server;
  readonly #ready = new Map<string, string>();
  readonly #waiting = new Map<string, ServerResponse[]>();
  #finished = false;

  constructor() {
    this.#server = createServer((request, response) => {
      const id = decodeURIComponent((request.url ?? '/').slice(1));
      const parts = this.#ready.get(id);
      if (parts !== undefined) this.#send(id, response, parts);
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
    const body = JSON.stringify({ key: keyOf(fileDigest, url), parts });
    const waiting = this.#waiting.get(id);
    this.#waiting.delete(id);
    if (waiting) for (const response of waiting) this.#send(id, response, body);
    else this.#ready.set(id, body);
  }

  #send(id: string, response: ServerResponse, body: string): void {
    // A page is rendered once: what it took is not kept.
    this.#ready.delete(id);
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
  }

  /** No more parts will come: the pages still waiting, and any that ask later for one not made, make their own. */
  finish(): void {
    this.#finished = true;
    for (const responses of this.#waiting.values())
      for (const response of responses) response.writeHead(404).end();
    this.#waiting.clear();
  }

  async close(): Promise<void> {
    this.finish();
    await new Promise((done) => this.#server.close(done));
  }
}

/** The page's side: its parts from the worker at `address`, if made for this digest and address; undefined otherwise. */
export async function takePageParts(
  address: string,
  id: string,
  fileDigest: string,
  url: string,
): Promise<PageParts | undefined> {
  try {
    const response = await fetch(`${address}/${encodeURIComponent(id)}`);
    if (!response.ok) return undefined;
    const { key, parts } = (await response.json()) as { key: string; parts: PageParts };
    return key === keyOf(fileDigest, url) ? parts : undefined;
  } catch {
    // The worker is gone (it failed, or this page is rendered after it ended): the page makes its own.
    return undefined;
  }
}
