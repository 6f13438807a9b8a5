/**
 * The notices worker (build/notices-worker.ts) in a process of its own,
 * forked by build/run.ts, which sends it its work and hears what it did.
 */
import { workOnNotices, type NoticesWork } from './notices-worker.ts';

process.once('message', async (work: NoticesWork) => {
  process.send?.(await workOnNotices(work));
  process.disconnect();
});
