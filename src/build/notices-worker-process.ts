/**
 * The build's work on the notices beside Astro (src/lib/prework.ts), in a
 * process of its own, run by src/cli/build.ts (not by hand): what it
 * allocates is given back when it exits, before Astro holds the most memory.
 *
 * Its one argument is the JSON of its options; `previous` names the file of
 * the last build's state, when this build keeps that build's output.
 */
import { readState } from './state.ts';
import { writePackNotices } from './page-parts-store.ts';
import { prepareNotices, type PrepareOptions } from './notices-worker.ts';

const started = performance.now();
const { previous, ...options } = JSON.parse(process.argv[2] ?? '{}') as Omit<PrepareOptions, 'previous'> & {
  previous?: string;
};
const done = await prepareNotices({
  ...options,
  previous: previous ? readState(previous)?.notices : undefined,
});
writePackNotices(options.dir, done.notices);
console.log(
  `${Object.keys(done.notices).length} 份公告：${done.rendered} 份的正文和二维码已预先生成，${done.written} 份的联系人、日历和数据文件已写入（${((performance.now() - started) / 1000).toFixed(1)} s）`,
);
