/**
 * npm run check:content [-- folder]
 *
 * Validates every notice without building the site and lists every problem
 * in every file, each with its file, field, value and what was expected.
 * Exits 1 when there is any, so CI and `npm test` stop on it.
 */
import { existsSync } from 'node:fs';
import { NOTICES_DIR } from '../consts.ts';
import { checkNoticeFolder } from '../content/check.ts';
import { formatProblems } from '../content/notice-file.ts';
import { checkSiteFile } from '../content/site-file.ts';

const folder = process.argv[2] ?? NOTICES_DIR;
if (!existsSync(folder)) {
  console.error(`找不到公告目录 ${folder}`);
  process.exit(2);
}
const started = performance.now();
const { files, problems } = checkNoticeFolder(folder);
// The site's identity is content too: a wrong file would stop the build.
problems.push(...(checkSiteFile()?.problems ?? []));
if (problems.length) console.error(formatProblems(problems));
const elapsed = Math.round(performance.now() - started);
const affected = new Set(problems.map((problem) => problem.file)).size;
if (problems.length > 0) {
  console.error(
    `\n检查了 ${files} 份公告：${affected} 个文件共有 ${problems.length} 处问题（${elapsed} ms）`,
  );
  process.exitCode = 1;
} else {
  console.log(`检查了 ${files} 份公告，没有发现问题（${elapsed} ms）`);
}
