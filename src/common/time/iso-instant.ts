/**
 * An instant read back from the database as ISO-8601 UTC text. Instants come back as Date (PostgreSQL) or as
 * 'YYYY-MM-DD HH:MM:SS.SSS' UTC text (SQLite); null and undefined stay null.
 */
export function isoInstant(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  const normalised = text.includes('T') ? text : text.replace(' ', 'T');
  const withZone = /(Z|[+-]\d\d:?\d\d)$/.test(normalised) ? normalised : `${normalised}Z`;
  const ms = Date.parse(withZone);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${text}`);
  return new Date(ms).toISOString();
}
