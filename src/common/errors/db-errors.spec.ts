import { describe, expect, it } from '@jest/globals';
import { isUniqueViolation, mapDbError } from './db-errors.js';

describe('mapDbError', () => {
  it.each([
    ['23505', 409, 'ALREADY_EXISTS'],
    ['SQLITE_CONSTRAINT_UNIQUE', 409, 'ALREADY_EXISTS'],
    ['SQLITE_CONSTRAINT_PRIMARYKEY', 409, 'ALREADY_EXISTS'],
    ['23503', 400, 'REFERENCE_NOT_FOUND'],
    ['SQLITE_CONSTRAINT_FOREIGNKEY', 400, 'REFERENCE_NOT_FOUND'],
    ['23502', 400, 'MISSING_VALUE'],
    ['SQLITE_CONSTRAINT_NOTNULL', 400, 'MISSING_VALUE'],
    ['23514', 400, 'CONSTRAINT_VIOLATED'],
    ['SQLITE_CONSTRAINT_CHECK', 400, 'CONSTRAINT_VIOLATED'],
    ['SQLITE_BUSY', 503, 'DATABASE_BUSY'],
    ['40P01', 503, 'DATABASE_BUSY'],
  ])('maps driver code %s to %i %s (wrapped as TypeORM does)', (code, status, mapped) => {
    const wrapped = { name: 'QueryFailedError', driverError: { code, message: 'secret value 001203004567' } };
    expect(mapDbError(wrapped)).toMatchObject({ status, code: mapped });
    expect(mapDbError({ code })).toMatchObject({ status, code: mapped });
  });

  it('never echoes the driver message (it can hold personal data)', () => {
    const out = mapDbError({ driverError: { code: '23505', message: 'Key (id_number)=(001203004567) already exists' } });
    expect(JSON.stringify(out)).not.toContain('001203004567');
  });

  it.each([null, undefined, 42, 'x', new Error('boom'), { code: 'ECONNREFUSED' }, { driverError: {} }])('returns null for %p', (e) => {
    expect(mapDbError(e)).toBeNull();
  });

  it('recognises unique violations only', () => {
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isUniqueViolation({ code: '23503' })).toBe(false);
  });
});
