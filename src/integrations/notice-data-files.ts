/**
 * In `astro dev`: each notice's .vcf, .ics and .json, its attachments and
 * /notices.json, made on request from the notice files, as a build writes them beside
 * Astro (src/build/data-files.ts). Not a route: a build must not render them.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { attachmentFile, publishedFiles } from '../content/notice-assets.ts';
import { listNoticeSources, readNoticeFile } from '../content/notice-file.ts';
import { DATA_FILE_EXTENSIONS, DATA_FILES, NOTICE_LIST, noticeList } from '../formats/data-files.ts';
import { noticeRecord } from '../formats/open-data.ts';

const NOTICE_FILE = new RegExp(`^/notices/(.+)(${DATA_FILE_EXTENSIONS.map((e) => `\\${e}`).join('|')})$`);

const ATTACHMENT = /^\/attachments\/(.+)\/([^/]+)$/;

export function noticeDataFiles(options: { base: string }): AstroIntegration {
  let root = process.cwd();
  let site: URL | string = '';
  return {
    name: 'notice-data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site ?? '';
      },
      'astro:server:setup': ({ server }) => {
        const base = resolve(root, options.base);
        const read = (path: string) => readNoticeFile(path, relative(root, path));
        const record = (id: string, path: string) => {
          const { data, content } = read(path);
          return { data, files: publishedFiles(id, path, content, site).files };
        };
        server.middlewares.use((request, response, next) => {
          const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://dev.invalid').pathname);
          try {
            if (pathname === `/${NOTICE_LIST}`) {
              void listNoticeSources(base).then((sources) => {
                const records = sources.map(({ id, path }) => {
                  const { data, files } = record(id, path);
                  return noticeRecord(id, data, site, files);
                });
                response.setHeader('Content-Type', DATA_FILES['.json'].type);
                response.end(noticeList(records));
              }, next);
              return;
            }
            const attachment = ATTACHMENT.exec(pathname);
            const noticePath = attachment && join(base, `${attachment[1]}.mdx`);
            if (attachment && noticePath && existsSync(noticePath)) {
              const { content } = read(noticePath);
              const file = content.attachments
                .map((ref) => attachmentFile(attachment[1]!, noticePath, ref.src))
                .find((named) => named.name === attachment[2]);
              if (!file) return next();
              createReadStream(file.path).pipe(response);
              return;
            }
            const match = NOTICE_FILE.exec(pathname);
            const path = match && join(base, `${match[1]}.mdx`);
            if (!match || !path || !existsSync(path)) return next();
            const file = DATA_FILES[match[2] as keyof typeof DATA_FILES];
            response.setHeader('Content-Type', file.type);
            const { data, files } = record(match[1]!, path);
            response.end(file.make(match[1]!, data, site, files));
          } catch (error) {
            next(error);
          }
        });
      },
    },
  };
}
