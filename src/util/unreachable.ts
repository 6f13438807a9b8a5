/**
 * The end of a switch that covers every case: when a case is added to the
 * type (a new channel type, say), the call no longer type-checks, so the
 * compiler points at every switch that does not handle it yet.
 */
export function unreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
