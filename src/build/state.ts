/**
 * What one build leaves for the next, so that a rebuild redoes only what
 * changed: which pages, notice files and search shards in the output folder
 * were made from which inputs.
 *
 * src/cli/build.ts owns the state. Before `astro build` it keeps the last
 * build's state as `previous.json` when the site's code, configuration and
 * dependencies are unchanged (the fingerprint) and the output folder is the
 * same; otherwise it deletes it and the build starts from an empty folder.
 * During the build, pages (through `pathsToRender`, and the notice route
 * with `recordNotices`) write what they made into `next/`. After the search index,
 * build.ts commits the whole as `state.json`. A build that stops half-way
 * leaves no `state.json`, so the build after it starts from scratch.
 *
 * A page is reused when its route rendered the same pathname from the same
 * props last time: a notice page depends on nothing but its notice, a list
 * page on nothing but the notices it lists (their ids and digests stand for
 * them) and its place in the pagination.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { yearOf } from '../notice/archive.ts';

/** The folder through which build.ts and the build exchange state; unset in `astro dev`. */
export const STATE_DIR_ENV = 'NOTICE_BUILD_STATE';

const VERSION = 2;

export interface BuildState {
  version: number;
  /** Digest of everything besides the notices that the output depends on. */
  fingerprint: string;
  outDir: string;
  /** route → pathname → key of the props its page was rendered from. */
  pages: Record<string, Record<string, string>>;
  /** notice id → the digest of its file and its year (which decides its search shard). */
  notices: Record<string, { digest: string; year: string }>;
  /** search shard → key of the notices in it. */
  shards: Record<string, string>;
}

export function digest(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** Bumped when the way a notice is read or rendered changes, so every notice is redone. */
const NOTICE_FORMAT = 'notice/4';

/** The digest of a notice file: the content store, the pages and the build state all use this one. */
export function noticeDigest(source: string): string {
  return digest(NOTICE_FORMAT, source);
}

/** What the site is built with, besides the notices: its code, assets, configuration and tools. */
const FINGERPRINTED = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
/** Settings that change what the pages say. */
const FINGERPRINTED_ENV = ['SITE_URL'];

/**
 * The fingerprint of the site in `root`: when it differs from the last
 * build's, nothing the last build wrote is reused.
 */
export function siteFingerprint(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const parts = [`version ${VERSION}`, `node ${process.version}`];
  for (const name of FINGERPRINTED_ENV) parts.push(`${name}=${env[name] ?? ''}`);
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    } else {
      parts.push(relative(root, path), digest(readFileSync(path)));
    }
  };
  for (const name of FINGERPRINTED) visit(join(root, name));
  return digest(...parts);
}

export function emptyState(fingerprint: string, outDir: string): BuildState {
  return { version: VERSION, fingerprint, outDir, pages: {}, notices: {}, shards: {} };
}

/** The state in `file`, or undefined when there is none or it is from another version. */
export function readState(file: string): BuildState | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as BuildState;
    return state.version === VERSION ? state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes `value` as JSON through a temporary file, so that a reader (another
 * process of the build, or the next build) sees the old file or the new,
 * never half of one.
 */
export function writeJsonFile(file: string, value: unknown): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(value));
  renameSync(`${file}.tmp`, file);
}

export function writeState(file: string, state: BuildState): void {
  writeJsonFile(file, state);
}

export const PREVIOUS = 'previous.json';
export const COMMITTED = 'state.json';
export const NEXT = 'next';

const previousStates = new Map<string, BuildState | undefined>();

/**
 * The state left by the last build, when this build may reuse its output
 * (build.ts kept it as previous.json); undefined for a build from scratch.
 * It does not change during a build, and every paged route asks for it: it
 * is read once (1.4 MB at 10,000 notices).
 */
export function previousState(stateDir = process.env[STATE_DIR_ENV]): BuildState | undefined {
  if (!stateDir) return undefined;
  if (!previousStates.has(stateDir)) previousStates.set(stateDir, readState(join(stateDir, PREVIOUS)));
  return previousStates.get(stateDir);
}

/** Records part of this build's state in next/ (a page route's keys, the notices). */
export function recordNext(name: string, value: unknown, stateDir = process.env[STATE_DIR_ENV]): void {
  if (!stateDir) return;
  mkdirSync(join(stateDir, NEXT), { recursive: true });
  writeFileSync(join(stateDir, NEXT, `${digest(name)}.json`), JSON.stringify({ name, value }));
}

/** Everything recorded in next/ during this build, by name. */
export function readNext(stateDir: string): Map<string, unknown> {
  const dir = join(stateDir, NEXT);
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir).map((file) => {
      const { name, value } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        name: string;
        value: unknown;
      };
      return [name, value];
    }),
  );
}

/**
 * The key of a page's props. A content entry stands in as its id and digest:
 * its data and rendered text are what the digest covers.
 */
export function propsKey(props: unknown): string {
  return digest(
    JSON.stringify(props, (_, value: unknown) => {
      if (value && typeof value === 'object' && 'collection' in value && 'id' in value && 'digest' in value) {
        const entry = value as { collection: string; id: string; digest: unknown };
        return `${entry.collection}:${entry.id}:${String(entry.digest)}`;
      }
      return value;
    }),
  );
}

/** Where a page's HTML is written (directory format, as this site builds; the path may be URL-encoded). */
export function pageFile(outDir: string, pathname: string): string {
  return join(outDir, decodeURIComponent(pathname), 'index.html');
}

const PAGES_PREFIX = 'pages:';

/** The page keys the routes recorded in next/ during this build, by route. */
export function recordedPages(next: ReadonlyMap<string, unknown>): BuildState['pages'] {
  const pages: BuildState['pages'] = {};
  for (const [name, keys] of next)
    if (name.startsWith(PAGES_PREFIX))
      pages[name.slice(PAGES_PREFIX.length)] = keys as Record<string, string>;
  return pages;
}
export const NOTICES = 'notices';

/** Records every notice's digest and year, for the search index after the pages and the next build; returns them. */
export function recordNotices(
  notices: readonly { id: string; digest?: unknown; data: { period: { start: string } } }[],
): BuildState['notices'] {
  const recorded = Object.fromEntries(
    notices.map((notice) => [notice.id, { digest: String(notice.digest), year: yearOf(notice) }]),
  );
  recordNext(NOTICES, recorded);
  return recorded;
}

/**
 * For a route's getStaticPaths: the paths whose page must be rendered. A path
 * is left out when the previous build rendered the same pathname from props
 * with the same key and its file is still there. Every path's key is
 * recorded for the next build. Outside build.ts (astro dev, astro check, a
 * plain `astro build`) every path is rendered.
 */
export function pathsToRender<T extends { props: unknown }>(
  route: string,
  paths: readonly T[],
  pathnameOf: (path: T) => string,
): T[] {
  if (!process.env[STATE_DIR_ENV]) return [...paths];
  const previous = previousState();
  const before = previous?.pages[route] ?? {};
  const keys: Record<string, string> = {};
  const render = paths.filter((path) => {
    const pathname = pathnameOf(path);
    const key = propsKey(path.props);
    keys[pathname] = key;
    return !(previous && before[pathname] === key && existsSync(pageFile(previous.outDir, pathname)));
  });
  recordNext(`${PAGES_PREFIX}${route}`, keys);
  return render;
}
