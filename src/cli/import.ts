/**
 * npm run import -- <raw.txt> [--date YYYY-MM-DD] [--place 地名] [--out FILE|-] [--force]
 *
 * Turns a raw notice into content/notices/<slug>.mdx (or FILE, or standard
 * output with "-"), then lists what a person must still fill in. A release
 * of several teams becomes one notice per team: each its own file, or all
 * one after another on standard output. It never overwrites a notice without
 * --force, checks every file it would write before writing any, and writes
 * through a temporary file and a rename, so an interrupted run leaves no
 * half-written notice.
 */
import {
  closeSync,
  existsSync,
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
import { readLinkable } from '../content/inspections.ts';
import { decodeRaw, ImportError, importNotices } from '../importer/import-notice.ts';

const USAGE =
  '用法：npm run import -- <公告文本.txt> [--date YYYY-MM-DD] [--place 发布机关所在地，如 河北省] [--out 文件|-] [--force]';

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
        place: { type: 'string' },
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
    // The notices already published: a later stage's inspection is proposed from them.
    const known = existsSync(NOTICES_DIR) ? readLinkable(NOTICES_DIR) : [];
    const results = importNotices(decodeRaw(bytes), { date: values.date, place: values.place, known });
    if (values.out === '-') for (const result of results) process.stdout.write(result.mdx);
    else {
      if (values.out !== undefined && results.length > 1) {
        throw new ImportError(
          `这份公告包含 ${results.length} 个巡视组，将写成 ${results.length} 份公告：请不写 --out（写入 ${NOTICES_DIR}/），或用 --out - 输出`,
        );
      }
      // Two teams' notices of one day and unit would share a name: the second gets "-2".
      const taken = new Set<string>();
      const targets = results.map((result) => {
        let slug = result.slug;
        for (let n = 2; taken.has(slug); n++) slug = `${result.slug}-${n}`;
        taken.add(slug);
        return values.out ?? join(NOTICES_DIR, `${slug}.mdx`);
      });
      // Every one checked before any is written: a refusal leaves nothing half done.
      const existing = values.force ? [] : targets.filter((target) => existsSync(target));
      if (existing.length)
        throw new ImportError(`${existing.join('、')} 已经存在，没有覆盖它；确要替换请加 --force`);
      results.forEach((result, index) => {
        writeAtomically(targets[index]!, result.mdx, values.force);
        console.error(`已写入 ${targets[index]}`);
      });
    }
    results.forEach((result, index) => {
      if (result.todo.length === 0) return;
      const which = results.length > 1 ? `第 ${index + 1} 份公告：` : '';
      console.error(
        `\n${which}以下 ${result.todo.length} 处需要人工填写或核对（发布前 npm run check:content 会再检查）：`,
      );
      for (const line of result.todo) console.error(`  ${line}`);
    });
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
