/**
 * The notices worker (build/notices-worker.ts) in a process of its own, forked
 * by build/run.ts. It says where it serves the page parts, takes its work,
 * answers with what it did, and keeps serving until Astro has ended.
 */
import { workOnNotices, type NoticesWork, type NoticesWorkDone } from './notices-worker.ts';
import { PagePartsServer } from './page-parts.ts';

export type ToWorker = { type: 'work'; work: NoticesWork } | { type: 'astro-ended' };
export type FromWorker = { type: 'listening'; address: string } | { type: 'done'; done: NoticesWorkDone };

// Its one argument: the file the page parts are kept in.
const parts = new PagePartsServer(process.argv[2]!);
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
    const done = await workOnNotices({ ...message.work, parts });
    // Disconnecting only once the answer is sent: a large one would otherwise be lost.
    await new Promise((sent) => process.send?.({ type: 'done', done } satisfies FromWorker, sent));
    worked = true;
  }
  await endWhenBoth();
});
process.send?.({ type: 'listening', address: await parts.listen() } satisfies FromWorker);
