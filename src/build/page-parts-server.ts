/**
 * The notices worker's side of the page parts (build/page-parts.ts): it
 * keeps them in one file and serves each on a local port when its page asks.
 * Node's own modules only: the worker serves with it while Astro bundles,
 * before it loads anything else (its idle process was 117 MB with the
 * parsers loaded, 58 MB without).
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PageParts } from './page-parts.ts';

/** Parts as served: with the notice file's digest and the page's address they were made for. */
export interface MadeParts {
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
  #asked: (() => void) | undefined;
  /** Resolves when the first page asks: Astro has bundled the site and renders its pages. */
  readonly firstAsked = new Promise<void>((resolve) => (this.#asked = resolve));

  constructor(file: string) {
    this.#fd = openSync(file, 'w+');
    this.#server = createServer((request, response) => {
      this.#asked?.();
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
