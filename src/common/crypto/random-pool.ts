import { randomFillSync } from 'node:crypto';

/**
 * Cryptographically secure random bytes for small requests (IVs, tokens, codes), served from a pool refilled by
 * `randomFillSync` 4 KiB at a time — the same CSPRNG output as `randomBytes`, without paying the per-call cost of the
 * generator for every 12 or 32 bytes (Node does the same for `randomUUID`). Bytes handed out are copied and wiped
 * from the pool, so no two callers ever share them and a token does not linger in the pool.
 */
const POOL_BYTES = 4096;
const LARGEST_POOLED = 256;

let pool = Buffer.alloc(0);
let offset = 0;

export function randomBytesPooled(size: number): Buffer {
  if (!Number.isInteger(size) || size < 0) throw new RangeError('size must be a non-negative integer');
  if (size > LARGEST_POOLED) return randomFillSync(Buffer.allocUnsafe(size));
  if (offset + size > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafe(POOL_BYTES));
    offset = 0;
  }
  const out = Buffer.allocUnsafe(size);
  pool.copy(out, 0, offset, offset + size);
  pool.fill(0, offset, offset + size);
  offset += size;
  return out;
}
