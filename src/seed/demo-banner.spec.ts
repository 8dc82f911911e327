import { describe, expect, it } from '@jest/globals';
import { demoUsersBanner } from './demo-banner.js';

describe('demoUsersBanner', () => {
  const users = [
    { username: 'office', roles: ['office'], unitCode: '11311' },
    { username: 'leader', roles: ['leader'], unitCode: '11311', officialKey: 'ct-hb' },
  ];
  it('lists the demo users and their password outside production', () => {
    const text = demoUsersBanner({ production: false, demoData: true, demoPassword: 'tiepdan-demo' }, users)!;
    expect(text).toContain('password "tiepdan-demo"');
    expect(text).toMatch(/office\s+office/);
    expect(text).toMatch(/leader\s+leader/);
  });
  it('prints nothing in production or without demo data', () => {
    expect(demoUsersBanner({ production: true, demoData: true, demoPassword: 'x'.repeat(12) }, users)).toBeNull();
    expect(demoUsersBanner({ production: false, demoData: false, demoPassword: 'tiepdan-demo' }, users)).toBeNull();
  });
});
