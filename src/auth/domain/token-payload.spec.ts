import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ROLES } from '../../common/roles.js';
import { parseTokenClaims } from './token-payload.js';

const good = {
  sub: '0190a1b2-0000-7000-8000-000000000001',
  username: 'office',
  roles: ['office'],
  unitId: 'u1',
  officialId: null,
  tv: 3,
};

describe('parseTokenClaims', () => {
  it('accepts a well-formed payload', () => {
    expect(parseTokenClaims({ ...good, iat: 1, exp: 2 })).toEqual(good);
  });

  it('refuses roles given as a string, unknown roles, and empty role lists', () => {
    expect(parseTokenClaims({ ...good, roles: 'admin' })).toBeNull();
    expect(parseTokenClaims({ ...good, roles: ['root'] })).toBeNull();
    expect(parseTokenClaims({ ...good, roles: [] })).toBeNull();
    expect(parseTokenClaims({ ...good, roles: ['admin', 1] })).toBeNull();
  });

  it('refuses a missing user id or token version', () => {
    expect(parseTokenClaims({ ...good, sub: undefined })).toBeNull();
    expect(parseTokenClaims({ ...good, sub: 42 })).toBeNull();
    expect(parseTokenClaims({ ...good, tv: undefined })).toBeNull();
    expect(parseTokenClaims({ ...good, tv: '3' })).toBeNull();
    expect(parseTokenClaims({ ...good, tv: 1.5 })).toBeNull();
    expect(parseTokenClaims('admin')).toBeNull();
    expect(parseTokenClaims(null)).toBeNull();
  });

  it('only ever returns roles that are known roles (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (roles, unitId) => {
        const claims = parseTokenClaims({ ...good, roles, unitId });
        if (claims)
          expect(claims.roles.every((r) => (ROLES as readonly string[]).includes(r)) && Array.isArray(roles)).toBe(
            true,
          );
      }),
    );
  });
});
