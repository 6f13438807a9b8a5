/**
 * npm run import -- <raw.txt> [--date YYYY-MM-DD] [--out FILE|-] [--force]
 *
 * Turns a raw notice into content/notices/<slug>.mdx (or FILE, or standard
 * output with "-"), then lists what a person must still fill in. It never
 * overwrites a notice without --force, and writes through a temporary file
 * and a rename, so an interrupted run leaves no half-written notice.
 */
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { NOTICES_DIR } from '../consts.ts';
import { decodeRaw, ImportError, importNotice } from '../importer/import-notice.ts';

const USAGE = '用法：npm run import -- <公告文本.txt> [--date YYYY-MM-DD] [--out 文件|-] [--force]';

/** Writes `content` to `target` atomically; without `force`, refuses to replace an existing file. */
function writeAtomically(target: string, content: string, force: boolean): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const handle = openSync(temporary, 'wx');
  try {
    writeSync(handle, content);
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  try {
    if (force) renameSync(temporary, target);
    else linkSync(temporary, target); // fails with EEXIST rather than replacing
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ImportError(`${target} 已经存在，没有覆盖它；确要替换请加 --force`);
    }
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function main(): number {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [input, ...extra] = positionals;
  if (!input || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  try {
    let bytes: Buffer;
    try {
      bytes = readFileSync(input);
    } catch {
      throw new ImportError(`读不到文件 ${input}`);
    }
    const result = importNotice(decodeRaw(bytes), { date: values.date });
    const out = values.out ?? join(NOTICES_DIR, `${result.slug}.mdx`);
    if (out === '-') process.stdout.write(result.mdx);
    else {
      writeAtomically(out, result.mdx, values.force);
      console.error(`已写入 ${out}`);
    }
    if (result.todo.length > 0) {
      console.error(
        `\n以下 ${result.todo.length} 处需要人工填写或核对（发布前 npm run check:content 会再检查）：`,
      );
      for (const line of result.todo) console.error(`  ${line}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(`${input}：${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
