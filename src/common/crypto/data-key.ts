import { randomBytes } from 'node:crypto';

/** Length in bytes of the data key (`DATA_KEY`) used by `FieldCipher`. */
export const DATA_KEY_BYTES = 32;

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

/** A new random data key, base64url (43 characters), suitable for `DATA_KEY`. */
export function generateDataKey(): string {
  return randomBytes(DATA_KEY_BYTES).toString('base64url');
}
