/**
 * The fingerprint of finalised minutes: SHA-256 over a canonical JSON form (object keys sorted, no
 * whitespace, strings NFC), so the same content always gives the same hash whatever the key order or the
 * database it was read from. Stored when the minutes are locked; recomputing it later proves nothing changed.
 */
import { createHash } from 'node:crypto';

export type Canonical =
  string | number | boolean | null | readonly Canonical[] | { readonly [k: string]: Canonical | undefined };

export function canonicalJson(value: Canonical | undefined): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('Non-finite numbers have no canonical form');
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v as Canonical)).join(',')}]`;
  const obj = value as { readonly [k: string]: Canonical | undefined };
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export function contentHash(value: Canonical): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}
