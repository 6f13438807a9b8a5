/**
 * Serves the built site locally, as a static host would: the right content
 * type for every file we publish (Astro's preview server sends none for
 * .vcf), "/dir/" to "/dir/index.html", the site's own 404 page with a 404
 * status, and the response headers of dist/_headers, the file static hosts
 * read. Not a production server: the site is deployed as static files.
 *
 * Usage: node src/cli/preview.ts [--port 4321] [--host 127.0.0.1] [--root dist]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.vcf': 'text/vcard; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  // Photos of notices (astro:assets) and the other kinds of attachment (src/content/notice-assets.ts).
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ofd': 'application/ofd',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.wps': 'application/vnd.ms-works',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.et': 'application/vnd.ms-excel',
  '.zip': 'application/zip',
};

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    root: { type: 'string', default: 'dist' },
  },
});

const root = resolve(values.root);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root} 中没有构建好的网站，请先运行 npm run build。`);
  process.exit(1);
}

/** The rules of a `_headers` file: a path pattern ("*" matches anything), then indented "Name: value" lines. */
function readHeaderRules(file: string): { pattern: RegExp; headers: [string, string][] }[] {
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

const headerRules = readHeaderRules(join(root, '_headers'));

/** The headers `_headers` gives a path; later rules add to or override earlier ones. */
function headersFor(pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of headerRules) {
    if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) headers[name] = value;
  }
  return headers;
}

/** The file a URL path names, or undefined; never a file outside the root. */
function fileFor(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = resolve(root, `.${decoded}`);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const candidate = decoded.endsWith('/') ? join(path, 'index.html') : path;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

function send(
  response: import('node:http').ServerResponse,
  status: number,
  file: string,
  pathname: string,
  head: boolean,
) {
  response.writeHead(status, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
    'Cache-Control': 'no-cache',
    ...headersFor(pathname),
  });
  if (head) response.end();
  else createReadStream(file).pipe(response);
}

const server = createServer((request, response) => {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://preview.invalid');
  const file = fileFor(url.pathname);
  if (file) {
    send(response, 200, file, url.pathname, method === 'HEAD');
    return;
  }
  // Pages live at "/path/"; a link without the slash is sent there.
  if (!url.pathname.endsWith('/') && fileFor(`${url.pathname}/`)) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  send(response, 404, join(root, '404.html'), url.pathname, method === 'HEAD');
});

server.listen(Number(values.port), values.host, () => {
  console.log(
    `网站已在 http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${values.port}/ 上运行（按 Ctrl+C 停止）`,
  );
});
