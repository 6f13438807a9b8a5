/**
 * What one build leaves for the next one into the same folder: the site's
 * fingerprint, each notice's digest, the search shards' keys and the pages
 * Astro wrote. build/run.ts reads it first and commits it last, so a build
 * stopped half-way leaves none and the next one starts from scratch.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { digest } from '../util/digest.ts';
import { readJsonFile, writeJsonFile } from '../util/json-file.ts';

const VERSION = 3;

export interface BuildState {
  version: number;
  /** Digest of everything besides the notices that the output depends on. */
  fingerprint: string;
  outDir: string;
  /** notice id → the digest of its file (content/file-stats.ts). */
  notices: Record<string, string>;
  /** search shard → key of the notices in it. */
  shards: Record<string, string>;
  /** Every page's pathname ("/notices/x/"), as Astro reports them. */
  pages: string[];
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

/** The state in `file`, or undefined when there is none or it is from another version. */
export function readState(file: string): BuildState | undefined {
  const state = readJsonFile(file) as BuildState | undefined;
  return state?.version === VERSION ? state : undefined;
}

export function writeState(file: string, state: Omit<BuildState, 'version'>): void {
  writeJsonFile(file, { version: VERSION, ...state });
}
