import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { readNotice } from '../../../src/content/notice-file.ts';
import { DATA_FILES } from '../../../src/formats/data-files.ts';
import { noticeDataFiles } from '../../../src/integrations/notice-data-files.ts';
import { SEED_NOTICE } from '../../helpers/notices.ts';

type Handler = (request: { url: string }, response: FakeResponse, next: (error?: unknown) => void) => void;
interface FakeResponse {
  headers: Record<string, string>;
  body: Promise<string>;
  setHeader(name: string, value: string): void;
  end(body: string): void;
}

const SITE = 'https://notices.example.gov.cn';
const ID = '2018-hebei-9-zhangjiakou';

/** The dev server's middleware, as `astro dev` would install it for the published notices. */
function middleware(): Handler {
  let handler: Handler | undefined;
  const integration = noticeDataFiles({ base: dirname(SEED_NOTICE) });
  const hooks = integration.hooks as Record<string, (options: unknown) => void>;
  hooks['astro:config:done']!({ config: { root: pathToFileURL(`${resolve('.')}/`), site: SITE } });
  hooks['astro:server:setup']!({ server: { middlewares: { use: (use: Handler) => (handler = use) } } });
  return handler!;
}

/** What the middleware answers for `url`: a response, or "next" when it leaves the request to Astro. */
function ask(url: string): Promise<{ type: string | undefined; body: string } | 'next'> {
  return new Promise((done, fail) => {
    let resolveBody: (body: string) => void = () => undefined;
    const response: FakeResponse = {
      headers: {},
      body: new Promise((settle) => (resolveBody = settle)),
      setHeader(name, value) {
        this.headers[name] = value;
      },
      end(body) {
        resolveBody(body);
      },
    };
    middleware()({ url }, response, (error) => (error ? fail(error) : done('next')));
    void response.body.then((body) => done({ type: response.headers['Content-Type'], body }));
  });
}

test('serves a notice’s data files in astro dev, made as the build makes them', async () => {
  const { data } = readNotice(readFileSync(SEED_NOTICE, 'utf8'), SEED_NOTICE);
  for (const extension of ['.vcf', '.ics', '.json'] as const) {
    expect(await ask(`/notices/${ID}${extension}`)).toEqual({
      type: DATA_FILES[extension].type,
      body: DATA_FILES[extension].make(ID, data, SITE),
    });
  }
});

test('serves /notices.json with every notice', async () => {
  const answer = await ask('/notices.json');
  expect(answer).not.toBe('next');
  const list = JSON.parse((answer as { body: string }).body) as { id: string }[];
  expect(list.map((record) => record.id)).toContain(ID);
});

test('leaves every other request to Astro, a notice that does not exist too', async () => {
  expect(await ask(`/notices/${ID}/`)).toBe('next');
  expect(await ask('/notices/no-such-notice.vcf')).toBe('next');
  expect(await ask('/')).toBe('next');
});
