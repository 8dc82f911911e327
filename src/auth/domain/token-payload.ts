import { ROLES, type Role } from '../../common/roles.js';

/** What a tiepdan access token carries (besides `iat`/`exp`). */
export interface TokenClaims {
  sub: string;
  username: string;
  roles: Role[];
  unitId: string | null;
  officialId: string | null;
  /** The user's token version when the token was issued. */
  tv: number;
}

const isRole = (r: unknown): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 36;
const isOptionalId = (v: unknown): v is string | null | undefined => v === null || v === undefined || isId(v);

/**
 * The claims of a verified token, or null when their shape is wrong. A valid signature is not enough: a token must
 * carry `roles` as an array of known roles (a string `"admin"` must not pass), a user id, and an integer token version.
 */
export function parseTokenClaims(payload: unknown): TokenClaims | null {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return null;
  const p = payload as Record<string, unknown>;
  if (!isId(p.sub)) return null;
  if (typeof p.username !== 'string' || p.username.length === 0 || p.username.length > 64) return null;
  if (!Array.isArray(p.roles) || p.roles.length === 0 || p.roles.length > ROLES.length || !p.roles.every(isRole))
    return null;
  if (!isOptionalId(p.unitId) || !isOptionalId(p.officialId)) return null;
  if (typeof p.tv !== 'number' || !Number.isSafeInteger(p.tv) || p.tv < 0) return null;
  return {
    sub: p.sub,
    username: p.username,
    roles: [...p.roles],
    unitId: p.unitId ?? null,
    officialId: p.officialId ?? null,
    tv: p.tv,
  };
}
