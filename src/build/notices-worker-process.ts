/**
 * The notices worker (build/notices-worker.ts) in a process of its own, forked
 * by build/run.ts. It says where it serves the page parts, takes its work,
 * answers with what it did, and keeps serving until Astro has ended.
 */
import { pagePartsOf, workOnNotices, type NoticesWork, type NoticesWorkDone } from './notices-worker.ts';
import { PagePartsServer } from './page-parts.ts';

export type ToWorker = { type: 'work'; work: NoticesWork } | { type: 'astro-ended' };
export type FromWorker = { type: 'listening'; address: string } | { type: 'done'; done: NoticesWorkDone };

let work: NoticesWork | undefined;
const parts = new PagePartsServer(async (id) => (work ? pagePartsOf(work.base, work.site, id) : undefined));
let worked = false;
let astroEnded = false;

async function endWhenBoth(): Promise<void> {
  if (!worked || !astroEnded) return;
  await parts.close();
  process.disconnect();
}

process.on('message', async (message: ToWorker) => {
  if (message.type === 'astro-ended') astroEnded = true;
  else {
    work = message.work;
    const done = await workOnNotices(work);
    // Disconnecting only once the answer is sent: a large one would otherwise be lost.
    await new Promise((sent) => process.send?.({ type: 'done', done } satisfies FromWorker, sent));
    worked = true;
  }
  await endWhenBoth();
});
process.send?.({ type: 'listening', address: await parts.listen() } satisfies FromWorker);
