/** JSON files that a reader sees whole or not at all. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/** Writes `value` as JSON through a temporary file, so a reader sees the old file or the new, never half of one. */
export function writeJsonFile(file: string, value: unknown): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(value));
  renameSync(`${file}.tmp`, file);
}

/** The JSON in `file`, or undefined when it is missing or unreadable. */
export function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
