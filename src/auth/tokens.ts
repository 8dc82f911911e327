import { createHash, randomBytes } from 'node:crypto';

/** A random secret for URLs (feed tokens): 32 bytes, base64url. */
export function newUrlToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
