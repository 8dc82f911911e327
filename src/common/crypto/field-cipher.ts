import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';
import { DomainError } from '../errors/domain-error.js';
import { randomBytesPooled } from './random-pool.js';

/**
 * Encryption of single fields at rest (citizen ID, phone): AES-256-GCM, plus a blind index so the
 * database can enforce uniqueness and find duplicates without storing the value in clear.
 *
 * Keys: the 32-byte data key is never used directly; HKDF-SHA256 derives one key for encryption
 * and another for the blind index, so neither use can leak into the other.
 *
 * Ciphertext envelope: `<version>:` + base64url(iv[12] | tag[16] | ciphertext).
 * - `v2` (the only format written and, outside the migration that converted old rows, read): the
 *   associated data (AAD) binds the column (`context`, e.g. "booking.idNumber") AND the record
 *   (`recordId`, the row's id), so a ciphertext copied to another column or to another person's
 *   row does not decrypt there.
 * - `v1` (before): the AAD was the context alone. `decryptUnbound` reads it, for the migration
 *   `1790000412345-BindCiphertextsToRows` only.
 * Messages of errors never contain the data.
 */

export const FIELD_CIPHER_VERSION = 'v2';
const PREFIX = `${FIELD_CIPHER_VERSION}:`;
const LEGACY_PREFIX = 'v1:';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HKDF_SALT = Buffer.from('tiepdan/field-cipher', 'utf8');
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * A value that cannot be decrypted: altered, another key, or a ciphertext that belongs to another
 * column or another record. Rendered as a 500 problem with a stable code; `reason` is for logs.
 */
export class FieldCipherError extends DomainError {
  constructor(readonly reason: string) {
    super(
      'ENCRYPTED_FIELD_INVALID',
      500,
      'Dữ liệu mã hóa của bản ghi không hợp lệ hoặc không thuộc về bản ghi này; không thể hiển thị.',
    );
    this.name = 'FieldCipherError';
  }
}

function derive(key: Uint8Array, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, HKDF_SALT, Buffer.from(info, 'utf8'), KEY_BYTES));
}

/** Length-prefixed parts, so that no two (context, recordId) pairs give the same bytes. */
function frame(...parts: string[]): Buffer {
  return Buffer.concat(
    parts.flatMap((p) => {
      const bytes = Buffer.from(p, 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32BE(bytes.length);
      return [length, bytes];
    }),
  );
}

const boundAad = (context: string, recordId: string): Buffer => frame(FIELD_CIPHER_VERSION, context, recordId);

export class FieldCipher {
  readonly #encryptionKey: Buffer;
  readonly #indexKey: Buffer;

  /** `key`: exactly 32 bytes (see `parseDataKey`). The buffer is not kept. */
  constructor(key: Uint8Array) {
    if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) {
      throw new FieldCipherError(`the data key must be exactly ${KEY_BYTES} bytes`);
    }
    // The key derivation labels stay those of the first version: rows converted to v2 keep the same keys.
    this.#encryptionKey = derive(key, 'v1 aes-256-gcm');
    this.#indexKey = derive(key, 'v1 blind-index hmac-sha256');
  }

  /**
   * Encrypts `plain` for the column `context` of the record `recordId` (its primary key), with a
   * fresh random IV; two calls never give the same string.
   */
  encrypt(plain: string, context: string, recordId: string): string {
    if (typeof plain !== 'string') throw new FieldCipherError('only strings can be encrypted');
    if (typeof recordId !== 'string' || recordId === '') throw new FieldCipherError('a record id is required');
    return PREFIX + this.#seal(plain, boundAad(context, recordId));
  }

  /** Decrypts a value from `encrypt`; throws FieldCipherError when it was altered or the key, column or record differ. */
  decrypt(payload: string, context: string, recordId: string): string {
    if (typeof payload !== 'string' || !payload.startsWith(PREFIX))
      throw new FieldCipherError('unknown ciphertext format');
    return this.#open(payload.slice(PREFIX.length), boundAad(context, recordId));
  }

  /** Reads the former `v1` format (bound to the column only). For the migration that re-encrypts old rows. */
  decryptUnbound(payload: string, context: string): string {
    if (typeof payload !== 'string' || !payload.startsWith(LEGACY_PREFIX))
      throw new FieldCipherError('unknown ciphertext format');
    return this.#open(payload.slice(LEGACY_PREFIX.length), Buffer.from(context, 'utf8'));
  }

  /** Writes the former `v1` format. Only for tests that need rows as they were before the migration. */
  encryptUnbound(plain: string, context: string): string {
    return LEGACY_PREFIX + this.#seal(plain, Buffer.from(context, 'utf8'));
  }

  /** True for a payload in the current format (used by the migration to skip rows already converted). */
  static isCurrent(payload: string): boolean {
    return payload.startsWith(PREFIX);
  }

  #seal(plain: string, aad: Buffer): string {
    const iv = randomBytesPooled(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#encryptionKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
  }

  #open(encoded: string, aad: Buffer): string {
    if (!BASE64URL.test(encoded)) throw new FieldCipherError('malformed ciphertext');
    const raw = Buffer.from(encoded, 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES || raw.toString('base64url') !== encoded) {
      throw new FieldCipherError('malformed ciphertext');
    }
    const iv = raw.subarray(0, IV_BYTES);
    const tag = raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.#encryptionKey, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
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
    return createHmac('sha256', this.#indexKey).update(length).update(contextBytes).update(plain, 'utf8').digest('hex');
  }
}
