/**
 * ical.js, set up once for the files we write with it: lines folded so that
 * none is longer than the 75 octets RFC 5545 and RFC 2426 allow (ical.js
 * counts them before the continuation line's leading space).
 */
import ICAL from 'ical.js';

ICAL.foldLength = 74;

/** A component with `properties` as [name, value, parameters], in order. */
export function component(
  name: string,
  properties: readonly (readonly [string, unknown, Record<string, string | string[]>?])[],
): InstanceType<typeof ICAL.Component> {
  const made = new ICAL.Component(name);
  for (const [property, value, parameters] of properties) {
    const added = made.addPropertyWithValue(property, value as never);
    for (const [parameter, parameterValue] of Object.entries(parameters ?? {}))
      added.setParameter(parameter, parameterValue);
  }
  return made;
}

/** The component as a file: content lines ending in CRLF, the last one too. */
export function fileOf(made: InstanceType<typeof ICAL.Component>): string {
  return `${made.toString()}\r\n`;
}

export { ICAL };
