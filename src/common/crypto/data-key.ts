import { randomBytes } from 'node:crypto';

/** Length in bytes of a data key (`DATA_KEY`, each key of `DATA_KEYS`) used by `FieldCipher`. */
export const DATA_KEY_BYTES = 32;

/** The id a lone `DATA_KEY` gets: `DATA_KEY=x` is the same as `DATA_KEYS=k0:x`. */
export const DEFAULT_KEY_ID = 'k0';

/** A key id: 1–16 letters, digits, `_` or `-` (it is written in every ciphertext, so short). */
export const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;

/** One data key and its id. */
export interface DataKey {
  id: string;
  key: Buffer;
}

/**
 * The data keys of the process: `current` encrypts and builds blind indexes; all of them (current first) decrypt, and
 * look-ups by blind index try each of them while a rotation is under way.
 */
export interface DataKeyRing {
  current: DataKey;
  all: readonly DataKey[];
}

/**
 * Reads `DATA_KEY`: 64 hexadecimal characters, or base64 / base64url of 32 bytes (padding optional).
 * Throws an Error that never quotes the value.
 */
export function parseDataKey(raw: string): Buffer {
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) {
    const key = Buffer.from(value.replace(/=$/, '').replace(/\+/g, '-').replace(/\//g, '_'), 'base64url');
    if (key.length === DATA_KEY_BYTES) return key;
  }
  throw new Error(`DATA_KEY must be ${DATA_KEY_BYTES} bytes as 64 hex characters or base64 (43–44 characters)`);
}

/**
 * Reads `DATA_KEYS`: `id:key,id:key,…`, the first being the current key, the others older keys still accepted for
 * reading (each key as in `parseDataKey`; white space around items is ignored). Ids and keys must be unique. Throws an
 * Error that names the faulty item by position and id, never the key.
 */
export function parseDataKeys(raw: string): DataKeyRing {
  const items = (typeof raw === 'string' ? raw : '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) throw new Error('DATA_KEYS must list at least one key as id:key');
  const all: DataKey[] = [];
  for (const [i, item] of items.entries()) {
    const colon = item.indexOf(':');
    const id = colon < 0 ? '' : item.slice(0, colon).trim();
    if (!KEY_ID.test(id)) {
      throw new Error(`DATA_KEYS item ${i + 1} must be id:key with an id of 1–16 letters, digits, _ or -`);
    }
    let key: Buffer;
    try {
      key = parseDataKey(item.slice(colon + 1));
    } catch {
      throw new Error(`DATA_KEYS key "${id}" must be ${DATA_KEY_BYTES} bytes as 64 hex characters or base64`);
    }
    if (all.some((k) => k.id === id)) throw new Error(`DATA_KEYS names the key id "${id}" twice`);
    if (all.some((k) => k.key.equals(key))) throw new Error(`DATA_KEYS gives the same key twice (id "${id}")`);
    all.push({ id, key });
  }
  return { current: all[0]!, all };
}

/** A ring of one key (a lone `DATA_KEY`). */
export function singleKeyRing(key: Buffer, id = DEFAULT_KEY_ID): DataKeyRing {
  const current = { id, key };
  return { current, all: [current] };
}

/** A new random data key, base64url (43 characters), suitable for `DATA_KEY`. */
export function generateDataKey(): string {
  return randomBytes(DATA_KEY_BYTES).toString('base64url');
}
