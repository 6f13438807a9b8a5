/**
 * The notices worker (build/notices-worker.ts) in a process of its own, forked
 * by build/run.ts. It says where it serves the page parts, takes its work,
 * answers with what it did, and keeps serving until Astro has ended or every
 * page has taken its parts: then it ends, and its memory is Astro's while
 * Astro makes the photos' images. A page that asks after (none should) makes its own.
 */
import { workOnNotices, type NoticesWork, type NoticesWorkDone } from './notices-worker.ts';
import { PagePartsServer } from './page-parts.ts';

export type ToWorker = { type: 'work'; work: NoticesWork } | { type: 'astro-ended' };
export type FromWorker = { type: 'listening'; address: string } | { type: 'done'; done: NoticesWorkDone };

// Its one argument: the file the page parts are kept in.
const parts = new PagePartsServer(process.argv[2]!);
let astroEnded: () => void = () => {};
const astroHasEnded = new Promise<void>((resolve) => (astroEnded = resolve));

process.on('message', async (message: ToWorker) => {
  if (message.type === 'astro-ended') return astroEnded();
  const done = await workOnNotices({ ...message.work, parts });
  // Disconnecting only once the answer is sent: a large one would otherwise be lost.
  await new Promise((sent) => process.send?.({ type: 'done', done } satisfies FromWorker, sent));
  await Promise.race([parts.allTaken, astroHasEnded]);
  await parts.close();
  process.disconnect();
});
process.send?.({ type: 'listening', address: await parts.listen() } satisfies FromWorker);
