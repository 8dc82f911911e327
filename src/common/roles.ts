export const ROLES = ['admin', 'office', 'leader', 'secretary', 'handler', 'inspector', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Staff roles; citizens have no account. `admin` may do everything. */
export function hasAnyRole(userRoles: readonly string[], wanted: readonly Role[]): boolean {
  if (userRoles.includes('admin')) return true;
  return wanted.some((r) => userRoles.includes(r));
}
