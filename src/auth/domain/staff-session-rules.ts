/**
 * When a staff workspace session is still open (pure rules; the store is StaffSessionsService).
 *
 * - `idle`: no request for `idleMs` (default 30 minutes): the person walked away from the desk.
 * - `expired`: past its absolute lifetime, however active (default 12 hours after sign-in).
 * - `revoked`: the user's token version moved on (password changed or reset, role or unit changed, disabled) or the
 *   user is inactive or gone.
 */
export type SessionVerdict = 'open' | 'idle' | 'expired' | 'revoked';

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
  tokenVersion: number;
}

export interface UserState {
  active: boolean;
  tokenVersion: number;
}

export function sessionVerdict(
  session: SessionTimes,
  user: UserState | null,
  now: Date,
  idleMs: number,
): SessionVerdict {
  if (!user || !user.active || user.tokenVersion !== session.tokenVersion) return 'revoked';
  if (now.getTime() >= session.expiresAt.getTime()) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= idleMs) return 'idle';
  return 'open';
}

/**
 * Whether a request should write the session's `last_seen_at`: not on every request (one write per page would double
 * the database work of a busy desk), only once the stored time is older than a sixtieth of the idle timeout (30 s for
 * 30 minutes) — so the idle timeout is honoured to within that slack.
 */
export function shouldTouch(lastSeenAt: Date, now: Date, idleMs: number): boolean {
  return now.getTime() - lastSeenAt.getTime() >= Math.max(1_000, Math.floor(idleMs / 60));
}

/** The first path after sign-in: a path of the staff workspace only (never another site: no open redirect). */
export function safeReturnPath(raw: unknown, prefix: string, fallback: string): string {
  if (typeof raw !== 'string' || raw.length > 512) return fallback;
  if (!raw.startsWith(`${prefix}/`) && raw !== prefix) return fallback;
  if (raw.startsWith('//') || /[\\\s]/.test(raw) || raw.includes('/..')) return fallback;
  return raw;
}
