import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';
import { randomBytesPooled } from './random-pool.js';

/**
 * Encryption of single fields at rest (citizen ID, phone): AES-256-GCM, plus a blind index so the
 * database can enforce uniqueness and find duplicates without storing the value in clear.
 *
 * Keys: the 32-byte data key is never used directly; HKDF-SHA256 derives one key for encryption
 * and another for the blind index, so neither use can leak into the other.
 *
 * Ciphertext format: `v1:` + base64url(iv[12] | tag[16] | ciphertext). The optional `context`
 * (e.g. "booking.idNumber") is bound as additional authenticated data: a ciphertext copied to
 * another column does not decrypt there. Messages of errors never contain the data.
 */

export const FIELD_CIPHER_VERSION = 'v1';
const PREFIX = `${FIELD_CIPHER_VERSION}:`;
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_SALT = Buffer.from('tiepdan/field-cipher', 'utf8');
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export class FieldCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldCipherError';
  }
}

function derive(key: Uint8Array, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, HKDF_SALT, Buffer.from(info, 'utf8'), KEY_BYTES));
}

export class FieldCipher {
  readonly #encryptionKey: Buffer;
  readonly #indexKey: Buffer;

  /** `key`: exactly 32 bytes (see `parseDataKey`). The buffer is not kept. */
  constructor(key: Uint8Array) {
    if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) {
      throw new FieldCipherError(`the data key must be exactly ${KEY_BYTES} bytes`);
    }
    this.#encryptionKey = derive(key, `${FIELD_CIPHER_VERSION} aes-256-gcm`);
    this.#indexKey = derive(key, `${FIELD_CIPHER_VERSION} blind-index hmac-sha256`);
  }

  /** Encrypts `plain` with a fresh random IV; two calls never give the same string. */
  encrypt(plain: string, context = ''): string {
    if (typeof plain !== 'string') throw new FieldCipherError('only strings can be encrypted');
    const iv = randomBytesPooled(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#encryptionKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return PREFIX + Buffer.concat([iv, tag, ciphertext]).toString('base64url');
  }

  /** Decrypts a value from `encrypt`; throws FieldCipherError when it was altered or the key/context differ. */
  decrypt(payload: string, context = ''): string {
    if (typeof payload !== 'string' || !payload.startsWith(PREFIX)) {
      throw new FieldCipherError('unknown ciphertext format');
    }
    const encoded = payload.slice(PREFIX.length);
    if (!BASE64URL.test(encoded)) throw new FieldCipherError('malformed ciphertext');
    const raw = Buffer.from(encoded, 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES || raw.toString('base64url') !== encoded) {
      throw new FieldCipherError('malformed ciphertext');
    }
    const iv = raw.subarray(0, IV_BYTES);
    const tag = raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.#encryptionKey, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new FieldCipherError('ciphertext failed authentication');
    }
  }

  /**
   * Deterministic keyed hash (HMAC-SHA256, lowercase hex, 64 chars) for equality look-ups and unique
   * indexes. Normalise the value first (e.g. `normalizeIdentityNumber`): the index is exact-match.
   * `context` separates indexes of different fields.
   */
  blindIndex(plain: string, context = ''): string {
    if (typeof plain !== 'string') throw new FieldCipherError('only strings can be indexed');
    const contextBytes = Buffer.from(context, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(contextBytes.length);
    return createHmac('sha256', this.#indexKey)
      .update(length)
      .update(contextBytes)
      .update(plain, 'utf8')
      .digest('hex');
  }
}
