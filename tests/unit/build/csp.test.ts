import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { ownHashesOnly } from '../../../src/build/csp.ts';

const hash = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
const THEME = 'document.documentElement.dataset.x = "1";';
const MODULE = 'customElements.define("a-b", class extends HTMLElement {});';
const STYLE = 'body{margin:0}';
const OTHER = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";

const page = (policy: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${STYLE}</style>` +
  `<script type="application/ld+json">{"@type":"Article"}</script></head>` +
  `<body><script>${THEME}</script><script type="module">${MODULE}</script><script src="/a.js"></script></body></html>`;

test("a page's policy keeps the hashes of its own inline scripts and styles, and drops every other page's", () => {
  const built = page(
    `default-src 'self';script-src 'self' ${OTHER} ${hash(THEME)} ${hash(MODULE)}; style-src 'self' ${OTHER} ${hash(STYLE)};`,
  );
  const policy = /content="([^"]*)"/.exec(ownHashesOnly(built))![1];
  expect(policy).toBe(
    `default-src 'self';script-src 'self' ${hash(THEME)} ${hash(MODULE)};style-src 'self' ${hash(STYLE)}`,
  );
});

test('a data block (JSON-LD) and an external script get no hash; a page without a policy is left as it is', () => {
  const policy = /content="([^"]*)"/.exec(ownHashesOnly(page("script-src 'self'")))![1]!;
  expect(policy).not.toContain(hash('{"@type":"Article"}'));
  expect(policy.match(/sha256-/g)).toHaveLength(2);
  expect(ownHashesOnly('<p>no policy</p>')).toBe('<p>no policy</p>');
});
