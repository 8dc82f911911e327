import { describe, expect, it } from '@jest/globals';
import { ConfigError, validateEnv, type SecretStore } from './env.validation.js';

class MemoryStore implements SecretStore {
  values: Record<string, string> = {};
  get(name: string) {
    return this.values[name];
  }
  set(name: string, value: string) {
    this.values[name] = value;
  }
}

const key = 'a'.repeat(64);

describe('validateEnv', () => {
  it('gives defaults outside production: SQLite file, port 3000, demo data on', () => {
    const c = validateEnv({}, new MemoryStore());
    expect(c.port).toBe(3000);
    expect(c.database).toEqual({
      type: 'sqlite',
      path: 'data/tiepdan.sqlite',
      synchronous: 'NORMAL',
      busyTimeoutMs: 2000,
    });
    expect(c.demoData).toBe(true);
    expect(c.demoActivity).toBe(true);
    expect(c.production).toBe(false);
    expect(c.throttleLimit).toBe(60);
    expect(c.dataKey).toHaveLength(32);
  });

  it('writes a random admin password to data/admin-password.txt unless ADMIN_PASSWORD_FILE says otherwise', () => {
    expect(validateEnv({}, new MemoryStore()).adminPasswordFile).toBe('data/admin-password.txt');
    expect(validateEnv({ ADMIN_PASSWORD_FILE: '/run/secrets/admin' }, new MemoryStore()).adminPasswordFile).toBe(
      '/run/secrets/admin',
    );
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const c = validateEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' }, new MemoryStore());
    expect(c.database).toEqual({
      type: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/x',
      connectTimeoutMs: 5000,
      statementTimeoutMs: 15000,
      queryTimeoutMs: 20000,
    });
  });

  it('takes a separate migration connection on PostgreSQL only', () => {
    const env = { DATABASE_URL: 'postgres://app@h/x', DATABASE_MIGRATION_URL: 'postgres://owner@h/x' };
    expect(validateEnv(env, new MemoryStore()).database).toMatchObject({
      type: 'postgres',
      url: 'postgres://app@h/x',
      migrationUrl: 'postgres://owner@h/x',
    });
    expect(() => validateEnv({ ...env, DATABASE_MIGRATION_URL: 'mysql://x' }, new MemoryStore())).toThrow(
      /DATABASE_MIGRATION_URL/,
    );
    expect(() => validateEnv({ DATABASE_MIGRATION_URL: 'postgres://owner@h/x' }, new MemoryStore())).toThrow(
      /DATABASE_MIGRATION_URL/,
    );
  });

  it('honours DATABASE_PATH', () => {
    expect(validateEnv({ DATABASE_PATH: '/tmp/t.sqlite' }, new MemoryStore()).database).toEqual({
      type: 'sqlite',
      path: '/tmp/t.sqlite',
      synchronous: 'NORMAL',
      busyTimeoutMs: 2000,
    });
  });

  it('takes SQLITE_SYNCHRONOUS as NORMAL or FULL and names it otherwise', () => {
    expect(validateEnv({ SQLITE_SYNCHRONOUS: 'full' }, new MemoryStore()).database).toMatchObject({
      type: 'sqlite',
      synchronous: 'FULL',
    });
    expect(() => validateEnv({ SQLITE_SYNCHRONOUS: 'OFF' }, new MemoryStore())).toThrow(/SQLITE_SYNCHRONOUS/);
  });

  it('takes the database time limits and names a bad one', () => {
    const pg = { DATABASE_URL: 'postgres://h/x' };
    expect(
      validateEnv(
        { ...pg, DB_CONNECT_TIMEOUT_MS: '1000', DB_STATEMENT_TIMEOUT_MS: '2000', DB_QUERY_TIMEOUT_MS: '3000' },
        new MemoryStore(),
      ).database,
    ).toMatchObject({ connectTimeoutMs: 1000, statementTimeoutMs: 2000, queryTimeoutMs: 3000 });
    expect(
      validateEnv({ ...pg, DB_STATEMENT_TIMEOUT_MS: '0', DB_QUERY_TIMEOUT_MS: '0' }, new MemoryStore()).database,
    ).toMatchObject({ statementTimeoutMs: 0, queryTimeoutMs: 0 });
    expect(() => validateEnv({ ...pg, DB_CONNECT_TIMEOUT_MS: 'soon' }, new MemoryStore())).toThrow(
      /DB_CONNECT_TIMEOUT_MS/,
    );
    expect(() => validateEnv({ ...pg, DB_CONNECT_TIMEOUT_MS: '0' }, new MemoryStore())).toThrow(
      /DB_CONNECT_TIMEOUT_MS/,
    );
    // The client must not give up before the server cancels the statement.
    expect(() =>
      validateEnv({ ...pg, DB_STATEMENT_TIMEOUT_MS: '5000', DB_QUERY_TIMEOUT_MS: '1000' }, new MemoryStore()),
    ).toThrow(/DB_QUERY_TIMEOUT_MS/);
    expect(validateEnv({ SQLITE_BUSY_TIMEOUT_MS: '250' }, new MemoryStore()).database).toMatchObject({
      type: 'sqlite',
      busyTimeoutMs: 250,
    });
    expect(() => validateEnv({ SQLITE_BUSY_TIMEOUT_MS: '-1' }, new MemoryStore())).toThrow(/SQLITE_BUSY_TIMEOUT_MS/);
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
    [{ SMS_SMPP_URL: 'http://smsc:2775' }, 'SMS_SMPP_URL'],
    [{ SMS_SMPP_URL: 'smpp://id:pw@smsc:2775' }, 'SMS_SENDER'],
    [{ SMS_SENDER: 'A brand name too long' }, 'SMS_SENDER'],
    [{ SMS_ENCODING: 'utf8' }, 'SMS_ENCODING'],
    [{ BOOKING_VERIFICATION: 'maybe' }, 'BOOKING_VERIFICATION'],
    [{ BOOKING_VERIFICATION: 'sms' }, 'BOOKING_VERIFICATION'],
    [{ BOOKING_HOLD_MINUTES: '0' }, 'BOOKING_HOLD_MINUTES'],
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
    expect(validateEnv({}, new MemoryStore()).bookings).toEqual({
      cutoffWorkingDays: 1,
      cutoffTime: undefined,
      idLimitPerHour: 10,
      checkInOpensMinutesBefore: 120,
      joinOpensMinutesBefore: 15,
      verification: 'off',
      holdMinutes: 10,
      verifyPhoneLimit: 5,
    });
    expect(
      validateEnv(
        {
          BOOKING_CUTOFF_WORKING_DAYS: '2',
          BOOKING_CUTOFF_TIME: '16:30',
          BOOKING_ID_LIMIT: '0',
          CHECKIN_OPENS_MINUTES_BEFORE: '45',
        },
        new MemoryStore(),
      ).bookings,
    ).toMatchObject({
      cutoffWorkingDays: 2,
      cutoffTime: '16:30',
      idLimitPerHour: 0,
      checkInOpensMinutesBefore: 45,
      joinOpensMinutesBefore: 15,
    });
    for (const bad of ['-5', '1441', 'two hours']) {
      expect(() => validateEnv({ CHECKIN_OPENS_MINUTES_BEFORE: bad }, new MemoryStore())).toThrow(
        /CHECKIN_OPENS_MINUTES_BEFORE/,
      );
    }
  });

  it('reads the SMS settings', () => {
    expect(validateEnv({}, new MemoryStore()).sms).toEqual({ smppUrl: undefined, sender: undefined, encoding: 'gsm7' });
    expect(
      validateEnv(
        { SMS_SMPP_URL: 'smpps://id:pw@smsc:3550', SMS_SENDER: 'UBND-HP', SMS_ENCODING: 'UCS2' },
        new MemoryStore(),
      ).sms,
    ).toEqual({ smppUrl: 'smpps://id:pw@smsc:3550', sender: 'UBND-HP', encoding: 'ucs2' });
  });

  it('accepts THROTTLE_LIMIT=0 to turn throttling off', () => {
    expect(validateEnv({ THROTTLE_LIMIT: '0' }, new MemoryStore()).throttleLimit).toBe(0);
  });

  it('reads DATA_KEYS (current key first, no secret generated), and a lone DATA_KEY as the key k0', () => {
    const store = new MemoryStore();
    const other = 'b'.repeat(64);
    const c = validateEnv(
      { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATA_KEYS: `new:${other},k0:${key}` },
      store,
    );
    expect(c.dataKeys.all.map((k) => k.id)).toEqual(['new', 'k0']);
    expect(c.dataKey.equals(Buffer.from(other, 'hex'))).toBe(true);
    expect(store.values.DATA_KEY).toBeUndefined();
    const single = validateEnv({ DATA_KEY: key }, new MemoryStore());
    expect(single.dataKeys.current.id).toBe('k0');
    expect(single.dataKeys.current.key.equals(single.dataKey)).toBe(true);
  });

  it('refuses DATA_KEYS together with DATA_KEY, and a malformed DATA_KEYS without quoting a key', () => {
    expect(() => validateEnv({ DATA_KEY: key, DATA_KEYS: `a:${key}` }, new MemoryStore())).toThrow(/DATA_KEYS/);
    let message = '';
    try {
      validateEnv({ DATA_KEYS: `a:${key},a:${'c'.repeat(64)}` }, new MemoryStore());
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/DATA_KEYS/);
    expect(message).not.toContain(key);
    expect(() => validateEnv({ DATA_KEYS: 'a:short' }, new MemoryStore())).toThrow(ConfigError);
  });

  it('reads the operations settings: Redis, metrics, shutdown', () => {
    const c = validateEnv(
      {
        REDIS_URL: 'redis://:secret@127.0.0.1:6379/2',
        REDIS_PREFIX: 'tp-a:',
        METRICS_TOKEN: 'a-long-metrics-token',
        METRICS_PORT: '9464',
        SHUTDOWN_TIMEOUT_MS: '3000',
        SHUTDOWN_GRACE_MS: '500',
      },
      new MemoryStore(),
    );
    expect(c.redis).toEqual({ url: 'redis://:secret@127.0.0.1:6379/2', prefix: 'tp-a:' });
    expect(c.metricsToken).toBe('a-long-metrics-token');
    expect(c.metricsPort).toBe(9464);
    expect([c.shutdownTimeoutMs, c.shutdownGraceMs]).toEqual([3000, 500]);
    const d = validateEnv({}, new MemoryStore());
    expect([d.redis, d.metricsToken, d.metricsPort, d.shutdownTimeoutMs, d.shutdownGraceMs]).toEqual([
      undefined,
      undefined,
      undefined,
      10_000,
      0,
    ]);
  });

  it.each([
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL'],
    [{ REDIS_PREFIX: 'has space' }, 'REDIS_PREFIX'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ METRICS_PORT: '70000' }, 'METRICS_PORT'],
    [{ METRICS_PORT: '3000', PORT: '3000' }, 'METRICS_PORT'],
    [{ SHUTDOWN_TIMEOUT_MS: '-5' }, 'SHUTDOWN_TIMEOUT_MS'],
  ])('refuses bad operations settings %p', (env, variable) => {
    expect(() => validateEnv(env, new MemoryStore())).toThrow(variable);
  });
});
