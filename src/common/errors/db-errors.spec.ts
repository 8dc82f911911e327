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
    ['55P03', 503, 'DATABASE_BUSY'],
    ['SQLITE_BUSY_SNAPSHOT', 503, 'DATABASE_BUSY'],
    ['SQLITE_FULL', 503, 'DATABASE_STORAGE_FULL'],
    ['SQLITE_IOERR_WRITE', 503, 'DATABASE_UNAVAILABLE'],
    ['SQLITE_CANTOPEN', 503, 'DATABASE_UNAVAILABLE'],
    ['57014', 503, 'DATABASE_TIMEOUT'],
    ['57P01', 503, 'DATABASE_UNAVAILABLE'],
    ['57P03', 503, 'DATABASE_UNAVAILABLE'],
    ['08006', 503, 'DATABASE_UNAVAILABLE'],
    ['53300', 503, 'DATABASE_UNAVAILABLE'],
    ['ECONNREFUSED', 503, 'DATABASE_UNAVAILABLE'],
    ['ECONNRESET', 503, 'DATABASE_UNAVAILABLE'],
  ])('maps driver code %s to %i %s (wrapped as TypeORM does)', (code, status, mapped) => {
    const wrapped = { name: 'QueryFailedError', driverError: { code, message: 'secret value 001203004567' } };
    expect(mapDbError(wrapped)).toMatchObject({ status, code: mapped });
    expect(mapDbError({ code })).toMatchObject({ status, code: mapped });
  });

  it('never echoes the driver message (it can hold personal data)', () => {
    const out = mapDbError({
      driverError: { code: '23505', message: 'Key (id_number)=(001203004567) already exists' },
    });
    expect(JSON.stringify(out)).not.toContain('001203004567');
  });

  it.each([
    null,
    undefined,
    42,
    'x',
    new Error('boom'),
    { code: 'ENOENT' },
    { code: 'SQLITE_ERROR' },
    { driverError: {} },
  ])('returns null for %p', (e) => {
    expect(mapDbError(e)).toBeNull();
  });

  it('recognises unique violations only', () => {
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isUniqueViolation({ code: '23503' })).toBe(false);
  });

  it.each([
    'Connection terminated unexpectedly',
    'Connection terminated due to connection timeout',
    'timeout exceeded when trying to connect',
    'timeout expired',
    'Query read timeout',
  ])('maps the code-less pg error "%s" to 503 DATABASE_UNAVAILABLE', (message) => {
    expect(mapDbError(new Error(message))).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE', retryAfter: 5 });
    expect(mapDbError({ driverError: new Error(message) })).toMatchObject({
      status: 503,
      code: 'DATABASE_UNAVAILABLE',
    });
  });

  it('maps the AggregateError of a refused connection to every address', () => {
    const e = new AggregateError(
      [Object.assign(new Error('connect ECONNREFUSED ::1:5'), { code: 'ECONNREFUSED' })],
      '',
    );
    expect(mapDbError(e)).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  });

  it('gives every database 503 a Retry-After', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_FULL', 'ECONNREFUSED', '57014'])
      expect(mapDbError({ code })!.retryAfter).toBeGreaterThan(0);
  });
});
