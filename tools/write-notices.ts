/**
 * Writes generated notices into a folder: each source file, and the photos
 * and PDFs their texts name, drawn as they are needed (tools/photo.ts).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { madeUpPdf, type GeneratedFile, type GeneratedNotice } from './generate-notices.ts';
import { makePhoto } from './photo.ts';

async function fileBytes(file: GeneratedFile): Promise<Buffer> {
  return file.kind === 'photo' ? makePhoto(file.seed, file.width, file.height) : madeUpPdf(file.bytes);
}

/**
 * Writes `notices` into `folder` as `.mdx`, and into each of `alsoAsMarkdown`
 * as `.md` in plain Markdown with the same files; returns how many files
 * besides the notices it wrote into each.
 */
export async function writeNotices(
  folder: string,
  notices: readonly GeneratedNotice[],
  alsoAsMarkdown: readonly string[] = [],
): Promise<number> {
  let files = 0;
  for (const notice of notices) {
    writeFileSync(join(folder, `${notice.id}.mdx`), notice.source);
    for (const other of alsoAsMarkdown)
      writeFileSync(join(other, `${notice.id}.md`), notice.markdown ?? notice.source);
    for (const file of notice.files ?? []) {
      const path = join(folder, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, await fileBytes(file));
      for (const other of alsoAsMarkdown) {
        mkdirSync(dirname(join(other, file.path)), { recursive: true });
        copyFileSync(path, join(other, file.path));
      }
      files += 1;
    }
  }
  return files;
}
