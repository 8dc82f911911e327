import { describe, expect, it } from '@jest/globals';
import { hasAnyRole } from './roles.js';

describe('hasAnyRole', () => {
  it('lets admin do everything', () => expect(hasAnyRole(['admin'], ['secretary'])).toBe(true));
  it('matches any wanted role', () => expect(hasAnyRole(['viewer', 'office'], ['office', 'leader'])).toBe(true));
  it('refuses other roles', () => expect(hasAnyRole(['viewer'], ['office'])).toBe(false));
  it('refuses no roles', () => expect(hasAnyRole([], ['viewer'])).toBe(false));
});
