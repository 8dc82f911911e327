import { describe, expect, it } from '@jest/globals';
import { snakeCase, SnakeNamingStrategy } from './snake-naming.strategy.js';

describe('snake naming', () => {
  it.each([
    ['unitId', 'unit_id'],
    ['passwordHash', 'password_hash'],
    ['createdAt', 'created_at'],
    ['id', 'id'],
    ['slotStartsAt', 'slot_starts_at'],
    ['idNumberHMAC', 'id_number_hmac'],
  ])('%s → %s', (a, b) => expect(snakeCase(a)).toBe(b));

  it('honours custom names and embedded prefixes', () => {
    const s = new SnakeNamingStrategy();
    expect(s.columnName('fullName', undefined, [])).toBe('full_name');
    expect(s.columnName('x', 'startTime', ['plan'])).toBe('plan_start_time');
  });
});
