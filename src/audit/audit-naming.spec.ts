import { describe, expect, it } from '@jest/globals';
import { actionOf, entityIdOf } from './audit-naming.js';

describe('audit naming', () => {
  it.each([
    ['POST', '/api/v1/units', 'create'],
    ['POST', '/api/v1/sessions/:id/publish', 'action:publish'],
    ['POST', '/api/v1/bookings/:code/cancel', 'action:cancel'],
    ['PATCH', '/api/v1/units/:id', 'update'],
    ['PUT', '/api/v1/holidays/:year', 'update'],
    ['DELETE', '/api/v1/x/:id', 'delete'],
    ['GET', '/api/v1/units', null],
    ['HEAD', '/api/v1/units', null],
  ])('%s %s → %s', (m, p, a) => expect(actionOf(m, p)).toBe(a));

  it('takes the id from the response, then from the route', () => {
    expect(entityIdOf({ id: 'abc' }, { id: 'route' })).toBe('abc');
    expect(entityIdOf({ code: 'HP-1' }, { code: 'HP-1' })).toBe('HP-1');
    expect(entityIdOf(undefined, { year: '2026' })).toBe('2026');
    expect(entityIdOf([{ id: 'x' }], {})).toBeNull();
    expect(entityIdOf('0190aaaa-new-id', {})).toBe('0190aaaa-new-id');
    expect(entityIdOf('cancelled', { id: 'route' })).toBe('route');
    expect(entityIdOf('x'.repeat(65), {})).toBeNull();
  });
});
