import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';
import { DomainError } from '../errors/domain-error.js';
import { type DataKeyRing, KEY_ID, singleKeyRing } from './data-key.js';
import { randomBytesPooled } from './random-pool.js';

/**
 * Encryption of single fields at rest (citizen ID, phone): AES-256-GCM, plus a blind index so the
 * database can enforce uniqueness and find duplicates without storing the value in clear.
 *
 * Keys: a 32-byte data key is never used directly; HKDF-SHA256 derives one key for encryption
 * and another for the blind index, so neither use can leak into the other. The cipher holds a key
 * ring (`DATA_KEYS`, or `DATA_KEY` alone as the key `k0`): the first key encrypts and indexes, every
 * key decrypts, and `blindIndexes` gives the index under each key for look-ups during a rotation.
 *
 * Ciphertext envelope: `<version>:` [+ `<key id>:`] + base64url(iv[12] | tag[16] | ciphertext).
 * - `v3` (the only format written): `v3:<key id>:…`; the associated data (AAD) binds the version,
 *   the key id, the column (`context`, e.g. "booking.idNumber") AND the record (`recordId`, the row's
 *   id), so a ciphertext copied to another column or to another person's row does not decrypt there.
 * - `v2` (before key ids): same binding without the key id; still read, by trying each key of the
 *   ring (AES-GCM authentication tells the right one). `npm run rotate-key` rewrites them as `v3`.
 * - `v1` (before that): the AAD was the context alone. `decryptUnbound` reads it, for the migration
 *   `1790000412345-BindCiphertextsToRows` only.
 * Messages of errors never contain the data.
 */

export const FIELD_CIPHER_VERSION = 'v3';
const PREFIX = `${FIELD_CIPHER_VERSION}:`;
const V2_PREFIX = 'v2:';
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

const v2Aad = (context: string, recordId: string): Buffer => frame('v2', context, recordId);
const v3Aad = (keyId: string, context: string, recordId: string): Buffer =>
  frame(FIELD_CIPHER_VERSION, keyId, context, recordId);

/** The keys derived from one data key. */
interface DerivedKey {
  id: string;
  encryption: Buffer;
  index: Buffer;
}

export class FieldCipher {
  readonly #keys: readonly DerivedKey[];
  readonly #current: DerivedKey;

  /**
   * `keys`: a key ring (see `parseDataKeys`), or one key of exactly 32 bytes (see `parseDataKey`), which gets the id
   * `k0`. The buffers are not kept.
   */
  constructor(keys: Uint8Array | DataKeyRing) {
    const ring = keys instanceof Uint8Array ? singleKeyRing(Buffer.from(keys)) : keys;
    if (!ring || !Array.isArray(ring.all) || ring.all.length === 0 || ring.all[0]?.id !== ring.current?.id) {
      throw new FieldCipherError('the key ring must list the current key first');
    }
    const ids = new Set<string>();
    this.#keys = ring.all.map(({ id, key }) => {
      if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) {
        throw new FieldCipherError(`the data key must be exactly ${KEY_BYTES} bytes`);
      }
      if (!KEY_ID.test(id) || ids.has(id)) throw new FieldCipherError('each data key needs a distinct, valid id');
      ids.add(id);
      // The key derivation labels stay those of the first version: rows converted to v2/v3 keep the same keys.
      return { id, encryption: derive(key, 'v1 aes-256-gcm'), index: derive(key, 'v1 blind-index hmac-sha256') };
    });
    this.#current = this.#keys[0]!;
  }

  /** The id of the key that encrypts and indexes. */
  get currentKeyId(): string {
    return this.#current.id;
  }

  /** The ids of every key of the ring, current first. */
  get keyIds(): string[] {
    return this.#keys.map((k) => k.id);
  }

  /**
   * Encrypts `plain` for the column `context` of the record `recordId` (its primary key), with the current key and a
   * fresh random IV; two calls never give the same string.
   */
  encrypt(plain: string, context: string, recordId: string): string {
    if (typeof plain !== 'string') throw new FieldCipherError('only strings can be encrypted');
    if (typeof recordId !== 'string' || recordId === '') throw new FieldCipherError('a record id is required');
    const k = this.#current;
    return `${PREFIX}${k.id}:${this.#seal(k, plain, v3Aad(k.id, context, recordId))}`;
  }

  /**
   * Decrypts a value from `encrypt` (`v3`, with whichever key of the ring it names) or from before key ids (`v2`);
   * throws FieldCipherError when it was altered or the key, column or record differ.
   */
  decrypt(payload: string, context: string, recordId: string): string {
    if (typeof payload === 'string' && payload.startsWith(PREFIX)) {
      const rest = payload.slice(PREFIX.length);
      const colon = rest.indexOf(':');
      const id = colon < 0 ? '' : rest.slice(0, colon);
      const k = this.#keys.find((key) => key.id === id);
      if (!k) throw new FieldCipherError('ciphertext names a key id that is not in DATA_KEYS');
      return this.#open(k, rest.slice(colon + 1), v3Aad(id, context, recordId));
    }
    if (typeof payload === 'string' && payload.startsWith(V2_PREFIX)) {
      const aad = v2Aad(context, recordId);
      for (const k of this.#keys) {
        try {
          return this.#open(k, payload.slice(V2_PREFIX.length), aad);
        } catch (e) {
          if (!(e instanceof FieldCipherError) || e.reason !== 'ciphertext failed authentication') throw e;
        }
      }
      throw new FieldCipherError('ciphertext failed authentication');
    }
    throw new FieldCipherError('unknown ciphertext format');
  }

  /** Reads the former `v1` format (bound to the column only). For the migration that re-encrypts old rows. */
  decryptUnbound(payload: string, context: string): string {
    if (typeof payload !== 'string' || !payload.startsWith(LEGACY_PREFIX))
      throw new FieldCipherError('unknown ciphertext format');
    return this.#open(this.#current, payload.slice(LEGACY_PREFIX.length), Buffer.from(context, 'utf8'));
  }

  /** Writes the former `v1` format. Only for tests that need rows as they were before the migration. */
  encryptUnbound(plain: string, context: string): string {
    return LEGACY_PREFIX + this.#seal(this.#current, plain, Buffer.from(context, 'utf8'));
  }

  /** Writes the former `v2` format (no key id) with the current key. Only for tests of reading and rotating old rows. */
  encryptWithoutKeyId(plain: string, context: string, recordId: string): string {
    return V2_PREFIX + this.#seal(this.#current, plain, v2Aad(context, recordId));
  }

  /** True for a payload bound to its row (`v2` or `v3`): used by the migration to skip rows already converted. */
  static isCurrent(payload: string): boolean {
    return payload.startsWith(PREFIX) || payload.startsWith(V2_PREFIX);
  }

  /** The key id a payload names (`v3`), or null (older formats, which name none). */
  static keyIdOf(payload: string): string | null {
    if (!payload.startsWith(PREFIX)) return null;
    const colon = payload.indexOf(':', PREFIX.length);
    return colon < 0 ? null : payload.slice(PREFIX.length, colon);
  }

  /** True when the payload is already `v3` under the current key (nothing for a key rotation to do). */
  isOnCurrentKey(payload: string): boolean {
    return FieldCipher.keyIdOf(payload) === this.#current.id;
  }

  #seal(k: DerivedKey, plain: string, aad: Buffer): string {
    const iv = randomBytesPooled(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', k.encryption, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
  }

  #open(k: DerivedKey, encoded: string, aad: Buffer): string {
    if (!BASE64URL.test(encoded)) throw new FieldCipherError('malformed ciphertext');
    const raw = Buffer.from(encoded, 'base64url');
    if (raw.length < IV_BYTES + TAG_BYTES || raw.toString('base64url') !== encoded) {
      throw new FieldCipherError('malformed ciphertext');
    }
    const iv = raw.subarray(0, IV_BYTES);
    const tag = raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', k.encryption, iv, { authTagLength: TAG_BYTES });
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
   * indexes, under the current key. Normalise the value first (e.g. `normalizeIdentityNumber`): the
   * index is exact-match. `context` separates indexes of different fields.
   */
  blindIndex(plain: string, context = ''): string {
    return this.#index(this.#current, plain, context);
  }

  /**
   * The blind index under every key of the ring, current first: a look-up must match any of them while
   * `npm run rotate-key` has not yet rebuilt every stored index. One element when there is one key.
   */
  blindIndexes(plain: string, context = ''): string[] {
    return this.#keys.map((k) => this.#index(k, plain, context));
  }

  /** The blind index under the key `keyId` of the ring (e.g. to check a hash computed before a rotation). */
  blindIndexUnder(keyId: string, plain: string, context = ''): string {
    const k = this.#keys.find((key) => key.id === keyId);
    if (!k) throw new FieldCipherError('unknown key id');
    return this.#index(k, plain, context);
  }

  #index(k: DerivedKey, plain: string, context: string): string {
    if (typeof plain !== 'string') throw new FieldCipherError('only strings can be indexed');
    const contextBytes = Buffer.from(context, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(contextBytes.length);
    return createHmac('sha256', k.index).update(length).update(contextBytes).update(plain, 'utf8').digest('hex');
  }
}
