/**
 * What a notice's page shows besides its listing: the whole notice, its text
 * as HTML and the QR code of its address. In a build the notices worker makes
 * them on the other core, when the page asks for them on a local port; without
 * an answer (astro dev, a worker gone) the page makes its own with the same function.
 */
import { createServer, type Server } from 'node:http';
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

/** What parts were made from: the notice file's digest and the page's address. */
export interface MadeParts {
  fileDigest: string;
  url: string;
  parts: PageParts;
}

/** The worker's side: answers a page's request with the parts `make` makes for its notice, or 404. */
export class PagePartsServer {
  readonly #server: Server;

  constructor(make: (id: string) => Promise<MadeParts | undefined>) {
    this.#server = createServer((request, response) => {
      const id = decodeURIComponent((request.url ?? '/').slice(1));
      make(id).then(
        (made) => {
          if (made) response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(made));
          else response.writeHead(404).end();
        },
        (error: unknown) => response.writeHead(500).end(String(error)),
      );
    });
  }

  /** Starts serving on a free local port; returns its address, for the pages. */
  async listen(): Promise<string> {
    await new Promise<void>((done) => this.#server.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await new Promise((done) => this.#server.close(done));
  }
}

/** The page's side: its parts from the worker at `address`, if made from this digest for this address. */
export async function takePageParts(
  address: string,
  id: string,
  fileDigest: string,
  url: string,
): Promise<PageParts | undefined> {
  try {
    const response = await fetch(`${address}/${encodeURIComponent(id)}`);
    if (!response.ok) return undefined;
    const made = (await response.json()) as MadeParts;
    // The file changed since Astro read it, or the site's address differs: the page makes its own.
    return made.fileDigest === fileDigest && made.url === url ? made.parts : undefined;
  } catch {
    // The worker is gone (it failed, or the page is rendered after it ended): the page makes its own.
    return undefined;
  }
}
