import { randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Pure rules of booking verification by one-time code (BOOKING_VERIFICATION=sms|email): the code, its check, and what
 * a pending hold's state allows. No Nest, no TypeORM.
 */

/** Wrong codes a hold survives: the fifth wrong code releases it. */
export const MAX_CODE_ATTEMPTS = 5;

/** A 6-digit code from the CSPRNG, leading zeros kept. */
export function generateOtp(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** What the citizen typed, reduced to its digits (spaces and dashes people add are ignored). */
export function normaliseOtp(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** Constant-time comparison of two hex hashes of equal length. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export interface HoldFacts {
  expiresAt: Date;
  attempts: number;
}

/** `expired`: time is up; `locked`: out of attempts (both release the hold); `open`: a code may be tried. */
export function holdState(h: HoldFacts, now: Date, maxAttempts = MAX_CODE_ATTEMPTS): 'open' | 'expired' | 'locked' {
  if (h.attempts >= maxAttempts) return 'locked';
  if (now.getTime() >= h.expiresAt.getTime()) return 'expired';
  return 'open';
}

/** After one more wrong code: released when it was the last allowed, else how many remain. */
export function afterWrongCode(
  attemptsBefore: number,
  maxAttempts = MAX_CODE_ATTEMPTS,
): { release: boolean; left: number } {
  const used = attemptsBefore + 1;
  return { release: used >= maxAttempts, left: Math.max(0, maxAttempts - used) };
}

/** When a hold made at `now` expires. */
export function holdExpiry(now: Date, holdMinutes: number): Date {
  return new Date(now.getTime() + holdMinutes * 60_000);
}
