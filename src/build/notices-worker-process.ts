/**
 * The notices worker (build/notices-worker.ts) in a process of its own, forked
 * by build/run.ts with its work as JSON; it answers with what it did.
 */
import { workOnNotices, type NoticesWork } from './notices-worker.ts';

const work = JSON.parse(process.argv[2] ?? '{}') as NoticesWork;
process.send?.(await workOnNotices(work));
