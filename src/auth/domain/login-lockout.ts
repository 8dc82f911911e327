/**
 * Per-account login throttling: after `freeFailures` failed attempts for one username, the account is locked for
 * 1 s, then 2 s, 4 s… (doubling with every further failure, capped at `maxLockMs`). During a lock-out every attempt is
 * answered 429 — even with the right password — without checking it. A success clears the record.
 */
export interface LockoutPolicy {
  freeFailures: number;
  baseLockMs: number;
  maxLockMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { freeFailures: 5, baseLockMs: 1_000, maxLockMs: 15 * 60_000 };

export interface LockoutState {
  failures: number;
  /** Epoch ms until which attempts are refused (0 = not locked). */
  lockedUntil: number;
}

export const NO_FAILURES: LockoutState = { failures: 0, lockedUntil: 0 };

/** Milliseconds the account is still locked at `now` (0 = an attempt may be checked). */
export function remainingLockMs(state: LockoutState, now: number): number {
  return Math.max(0, state.lockedUntil - now);
}

/** The lock-out length after the `failures`-th failure (0 while within the free failures). */
export function lockMsAfter(failures: number, policy: LockoutPolicy = DEFAULT_LOCKOUT): number {
  const over = failures - policy.freeFailures;
  if (over < 0) return 0;
  // 2^over grows past the cap long before it overflows; stop doubling at 40 to stay exact.
  return Math.min(policy.maxLockMs, policy.baseLockMs * 2 ** Math.min(over, 40));
}

/** The state after a failed attempt at `now`. */
export function recordFailure(state: LockoutState, now: number, policy: LockoutPolicy = DEFAULT_LOCKOUT): LockoutState {
  const failures = state.failures + 1;
  const lock = lockMsAfter(failures, policy);
  return { failures, lockedUntil: lock > 0 ? now + lock : 0 };
}

/** Whole seconds for a Retry-After header (at least 1). */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
