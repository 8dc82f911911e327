import { describe, expect, it } from '@jest/globals';
import { ConfigError, validateEnv, type SecretStore } from './env.validation.js';

class MemoryStore implements SecretStore {
  values: Record<string, string> = {};
  get(name: string) { return this.values[name]; }
  set(name: string, value: string) { this.values[name] = value; }
}

const key = 'a'.repeat(64);

describe('validateEnv', () => {
  it('gives defaults outside production: SQLite file, port 3000, demo data on', () => {
    const c = validateEnv({}, new MemoryStore());
    expect(c.port).toBe(3000);
    expect(c.database).toEqual({ type: 'sqlite', path: 'data/tiepdan.sqlite', synchronous: 'NORMAL' });
    expect(c.demoData).toBe(true);
    expect(c.demoActivity).toBe(true);
    expect(c.production).toBe(false);
    expect(c.throttleLimit).toBe(60);
    expect(c.dataKey).toHaveLength(32);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const c = validateEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' }, new MemoryStore());
    expect(c.database).toEqual({ type: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/x' });
  });

  it('honours DATABASE_PATH', () => {
    expect(validateEnv({ DATABASE_PATH: '/tmp/t.sqlite' }, new MemoryStore()).database).toEqual({ type: 'sqlite', path: '/tmp/t.sqlite', synchronous: 'NORMAL' });
  });

  it('takes SQLITE_SYNCHRONOUS as NORMAL or FULL and names it otherwise', () => {
    expect(validateEnv({ SQLITE_SYNCHRONOUS: 'full' }, new MemoryStore()).database).toMatchObject({ type: 'sqlite', synchronous: 'FULL' });
    expect(() => validateEnv({ SQLITE_SYNCHRONOUS: 'OFF' }, new MemoryStore())).toThrow(/SQLITE_SYNCHRONOUS/);
  });

  it('generates secrets once and keeps them in the store', () => {
    const store = new MemoryStore();
    const a = validateEnv({}, store);
    const b = validateEnv({}, store);
    expect(a.jwtSecret).toBe(b.jwtSecret);
    expect(a.dataKey.equals(b.dataKey)).toBe(true);
    expect(Object.keys(store.values).sort()).toEqual(['DATA_KEY', 'JWT_SECRET']);
  });

  it('requires JWT_SECRET and DATA_KEY in production and turns demo data off', () => {
    expect(() => validateEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => validateEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(/DATA_KEY/);
    const c = validateEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATA_KEY: key });
    expect(c.demoData).toBe(false);
    expect(c.demoActivity).toBe(false);
  });

  it('adds the demo activity to the demo data, off under NODE_ENV=test unless DEMO_ACTIVITY=true', () => {
    expect(validateEnv({ NODE_ENV: 'test' }, new MemoryStore()).demoActivity).toBe(false);
    expect(validateEnv({ NODE_ENV: 'test', DEMO_ACTIVITY: 'true' }, new MemoryStore()).demoActivity).toBe(true);
    expect(validateEnv({ DEMO_ACTIVITY: 'false' }, new MemoryStore()).demoActivity).toBe(false);
    expect(validateEnv({ DEMO_DATA: 'false', DEMO_ACTIVITY: 'true' }, new MemoryStore()).demoActivity).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ DEMO_PASSWORD: 'short' }, 'DEMO_PASSWORD'],
    [{ JWT_SECRET: 'too-short' }, 'JWT_SECRET'],
    [{ DATA_KEY: 'abcd' }, 'DATA_KEY'],
    [{ THROTTLE_LIMIT: '-1' }, 'THROTTLE_LIMIT'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ BOOKING_CUTOFF_TIME: '25:00' }, 'BOOKING_CUTOFF_TIME'],
    [{ BOOKING_CUTOFF_WORKING_DAYS: '31' }, 'BOOKING_CUTOFF_WORKING_DAYS'],
    [{ BOOKING_ID_LIMIT: 'many' }, 'BOOKING_ID_LIMIT'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATA_KEY: key, DEMO_DATA: 'true' }, 'DEMO_PASSWORD'],
  ])('rejects %p naming %s in one line', (env, variable) => {
    try {
      validateEnv(env, new MemoryStore());
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).variable).toBe(variable);
      expect((e as Error).message).toContain(variable);
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('reads the booking cut-off, per-citizen limit and check-in opening', () => {
    expect(validateEnv({}, new MemoryStore()).bookings).toEqual({ cutoffWorkingDays: 1, cutoffTime: undefined, idLimitPerHour: 10, checkInOpensMinutesBefore: 120 });
    expect(validateEnv({ BOOKING_CUTOFF_WORKING_DAYS: '2', BOOKING_CUTOFF_TIME: '16:30', BOOKING_ID_LIMIT: '0', CHECKIN_OPENS_MINUTES_BEFORE: '45' }, new MemoryStore()).bookings)
      .toEqual({ cutoffWorkingDays: 2, cutoffTime: '16:30', idLimitPerHour: 0, checkInOpensMinutesBefore: 45 });
    for (const bad of ['-5', '1441', 'two hours']) {
      expect(() => validateEnv({ CHECKIN_OPENS_MINUTES_BEFORE: bad }, new MemoryStore())).toThrow(/CHECKIN_OPENS_MINUTES_BEFORE/);
    }
  });

  it('accepts THROTTLE_LIMIT=0 to turn throttling off', () => {
    expect(validateEnv({ THROTTLE_LIMIT: '0' }, new MemoryStore()).throttleLimit).toBe(0);
  });
});
