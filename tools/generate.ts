/**
 * npm run generate -- --notices N --out DIR [--seed 1] [--years 12]
 *
 * Writes N made-up but realistic notices into DIR (never content/), with the
 * photos and attachments their texts name, for tests and benchmarks; the same
 * seed always writes the same files.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateNotices } from './generate-notices.ts';
import { writeNotices } from './write-notices.ts';

const { values } = parseArgs({
  options: {
    notices: { type: 'string', default: '100' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    years: { type: 'string', default: '12' },
  },
});
const count = Number(values.notices);
const years = Number(values.years);
if (!values.out || !Number.isInteger(count) || count < 0 || !Number.isInteger(years) || years < 1) {
  console.error('用法：npm run generate -- --notices N --out 目录 [--seed 1] [--years 年数]');
  process.exit(2);
}
if (resolve(values.out).startsWith(resolve('content'))) {
  console.error('生成的公告不能写进 content/：那是正式发布的内容');
  process.exit(2);
}
mkdirSync(values.out, { recursive: true });
const files = await writeNotices(values.out, generateNotices(Number(values.seed), count, years));
console.log(`已在 ${values.out} 生成 ${count} 份公告，及其正文引用的 ${files} 个照片和附件`);
