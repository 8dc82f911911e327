const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Milliseconds since the epoch of an instant written exactly as `Date#toISOString()` writes it
 * (`2026-03-02T01:00:00.000Z`), or null when the text is not in that form or names no real moment (30 February).
 * The fast path for the instants the API hands out and gets back; other ISO-8601 forms go through Luxon.
 */
export function canonicalInstantMillis(value: string): number | null {
  if (value.length !== 24 || !CANONICAL.test(value)) return null;
  const ms = Date.parse(value);
  // Date.parse rolls 2026-02-30 over to 2 March: the round trip refuses it.
  if (Number.isNaN(ms) || new Date(ms).toISOString() !== value) return null;
  return ms;
}
