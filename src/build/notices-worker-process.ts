/**
 * The notices worker (build/notices-worker.ts) in a process of its own, forked
 * by build/run.ts. It says where it serves the page parts and takes its work,
 * but starts it only when the first page asks (or Astro has ended): while
 * Astro bundles the site, at its largest, the worker holds nothing. It
 * answers with what it did, and keeps serving until Astro has ended or every
 * page has taken its parts: then it ends, and its memory is Astro's while
 * Astro makes the photos' images. A page that asks after (none should) makes its own.
 */
import type { NoticeFilesDone, NoticesWork } from './notices-worker.ts';
import { PagePartsServer } from './page-parts-server.ts';

export type ToWorker = { type: 'work'; work: NoticesWork } | { type: 'astro-ended' };
export type FromWorker = { type: 'listening'; address: string } | { type: 'done'; done: NoticeFilesDone };

// Its one argument: the file the page parts are kept in.
const parts = new PagePartsServer(process.argv[2]!);
let astroEnded: () => void = () => {};
const astroHasEnded = new Promise<void>((resolve) => (astroEnded = resolve));

process.on('message', async (message: ToWorker) => {
  if (message.type === 'astro-ended') return astroEnded();
  await Promise.race([parts.firstAsked, astroHasEnded]);
  // Its parsers and writers only now: they would be held through Astro's bundling for nothing.
  const { writeNoticeFiles } = await import('./notices-worker.ts');
  const done = await writeNoticeFiles({ ...message.work, parts });
  // Disconnecting only once the answer is sent: a large one would otherwise be lost.
  await new Promise((sent) => process.send?.({ type: 'done', done } satisfies FromWorker, sent));
  await Promise.race([parts.allTaken, astroHasEnded]);
  await parts.close();
  process.disconnect();
});
process.send?.({ type: 'listening', address: await parts.listen() } satisfies FromWorker);
