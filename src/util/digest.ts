/** A short hex digest of some strings or bytes, each part kept apart from the next. */
import { createHash } from 'node:crypto';

export function digest(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}
