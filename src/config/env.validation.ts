import { randomBytes } from 'node:crypto';
import {
  type DataKeyRing,
  generateDataKey,
  parseDataKey,
  parseDataKeys,
  singleKeyRing,
} from '../common/crypto/data-key.js';
import type { AppConfig, LogLevel } from './app-config.js';

/** A configuration problem: one line naming the variable. The process stops with it. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Invalid configuration: ${variable} ${reason}`);
    this.name = 'ConfigError';
  }
}

export type RawEnv = Record<string, string | undefined>;

/** Secrets kept in a git-ignored file when the environment does not provide them (outside production). */
export interface SecretStore {
  get(name: 'JWT_SECRET' | 'DATA_KEY'): string | undefined;
  set(name: 'JWT_SECRET' | 'DATA_KEY', value: string): void;
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parseBool(env: RawEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function parseInt0(env: RawEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number (got "${raw}")`);
  const n = Number(raw.trim());
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max} (got ${n})`);
  return n;
}

function dataKey(raw: string): Buffer {
  try {
    return parseDataKey(raw);
  } catch {
    throw new ConfigError('DATA_KEY', 'must be 32 bytes, as 64 hex digits or base64');
  }
}

/**
 * The data keys: `DATA_KEYS` (`id:key,…`, current first) when set, else `DATA_KEY` (given or generated) as the key `k0`.
 * Both at once is refused: which key encrypts must never be a guess.
 */
function dataKeyRing(env: RawEnv, production: boolean, store: SecretStore | undefined): DataKeyRing {
  const keys = env.DATA_KEYS;
  if (keys !== undefined && keys.trim() !== '') {
    if (env.DATA_KEY !== undefined && env.DATA_KEY !== '') {
      throw new ConfigError(
        'DATA_KEYS',
        'cannot be set together with DATA_KEY (put the DATA_KEY value in DATA_KEYS as k0:…)',
      );
    }
    try {
      return parseDataKeys(keys);
    } catch (e) {
      throw new ConfigError('DATA_KEYS', (e as Error).message.replace(/^DATA_KEYS /, ''));
    }
  }
  return singleKeyRing(dataKey(secret(env, 'DATA_KEY', production, store, generateDataKey)));
}

function secret(
  env: RawEnv,
  name: 'JWT_SECRET' | 'DATA_KEY',
  production: boolean,
  store: SecretStore | undefined,
  make: () => string,
): string {
  const given = env[name];
  if (given !== undefined && given !== '') return given;
  if (production) throw new ConfigError(name, 'is required in production');
  const kept = store?.get(name);
  if (kept) return kept;
  const fresh = make();
  store?.set(name, fresh);
  return fresh;
}

/**
 * Validates the process environment into an {@link AppConfig}. Throws {@link ConfigError} naming the first bad variable.
 * Pure apart from the secret store, which generates and keeps missing secrets outside production.
 */
export function validateEnv(env: RawEnv, store?: SecretStore): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  const port = parseInt0(env, 'PORT', 3000, 0, 65535);

  let database: AppConfig['database'];
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new ConfigError('DATABASE_URL', 'must be a postgres:// or postgresql:// URL');
    const connectTimeoutMs = parseInt0(env, 'DB_CONNECT_TIMEOUT_MS', 5_000, 100, 600_000);
    const statementTimeoutMs = parseInt0(env, 'DB_STATEMENT_TIMEOUT_MS', 15_000, 0, 3_600_000);
    const queryTimeoutMs = parseInt0(env, 'DB_QUERY_TIMEOUT_MS', 20_000, 0, 3_600_000);
    // The server should cancel a slow statement (a clean error, the connection stays usable) before the client gives up.
    if (queryTimeoutMs !== 0 && (statementTimeoutMs === 0 || queryTimeoutMs < statementTimeoutMs)) {
      throw new ConfigError(
        'DB_QUERY_TIMEOUT_MS',
        `must be 0 or at least DB_STATEMENT_TIMEOUT_MS (${statementTimeoutMs}, not 0)`,
      );
    }
    database = { type: 'postgres', url, connectTimeoutMs, statementTimeoutMs, queryTimeoutMs };
    const migrationUrl = env.DATABASE_MIGRATION_URL;
    if (migrationUrl !== undefined && migrationUrl !== '') {
      if (!/^postgres(ql)?:\/\//.test(migrationUrl))
        throw new ConfigError('DATABASE_MIGRATION_URL', 'must be a postgres:// or postgresql:// URL');
      database.migrationUrl = migrationUrl;
    }
  } else {
    if (env.DATABASE_MIGRATION_URL) throw new ConfigError('DATABASE_MIGRATION_URL', 'needs DATABASE_URL (PostgreSQL)');
    const path = env.DATABASE_PATH ?? 'data/tiepdan.sqlite';
    if (path.trim() === '') throw new ConfigError('DATABASE_PATH', 'must not be empty');
    const synchronous = (env.SQLITE_SYNCHRONOUS ?? 'NORMAL').toUpperCase();
    if (synchronous !== 'NORMAL' && synchronous !== 'FULL')
      throw new ConfigError('SQLITE_SYNCHRONOUS', 'must be NORMAL or FULL');
    const busyTimeoutMs = parseInt0(env, 'SQLITE_BUSY_TIMEOUT_MS', 2_000, 0, 60_000);
    database = { type: 'sqlite', path, synchronous, busyTimeoutMs };
  }

  const adminPassword = env.ADMIN_PASSWORD;
  if (adminPassword !== undefined && adminPassword !== '' && adminPassword.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be at least 8 characters');
  }

  const adminPasswordFile = env.ADMIN_PASSWORD_FILE || 'data/admin-password.txt';

  const demoData = parseBool(env, 'DEMO_DATA', !production);
  // Demo activity (published sessions, a past session and dialogue, petitions and tasks) comes with the demo data,
  // except under NODE_ENV=test where each e2e spec builds its own world (a spec turns it on with DEMO_ACTIVITY=true).
  const demoActivity = demoData && parseBool(env, 'DEMO_ACTIVITY', nodeEnv !== 'test');
  let demoPassword = env.DEMO_PASSWORD ?? '';
  if (demoPassword === '') {
    if (production && demoData)
      throw new ConfigError('DEMO_PASSWORD', 'is required in production when DEMO_DATA is true');
    demoPassword = 'tiepdan-demo';
  } else if (demoPassword.length < 8) {
    throw new ConfigError('DEMO_PASSWORD', 'must be at least 8 characters');
  }

  const jwtSecret = secret(env, 'JWT_SECRET', production, store, () => randomBytes(48).toString('base64url'));
  if (jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  const dataKeys = dataKeyRing(env, production, store);

  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);

  const throttleLimit = parseInt0(env, 'THROTTLE_LIMIT', 60, 0, 1_000_000);
  const loginThrottleLimit = parseInt0(env, 'LOGIN_THROTTLE_LIMIT', 10, 0, 1_000_000);

  const bodyLimit = env.BODY_LIMIT ?? '100kb';
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit)) throw new ConfigError('BODY_LIMIT', 'must look like 100kb or 1mb');

  const publicBaseUrl = (env.PUBLIC_BASE_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(publicBaseUrl)) throw new ConfigError('PUBLIC_BASE_URL', 'must be an http(s) URL');

  const smtpUrl = env.SMTP_URL && env.SMTP_URL !== '' ? env.SMTP_URL : undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new ConfigError('SMTP_URL', 'must be an smtp:// or smtps:// URL');

  const smsSmppUrl = env.SMS_SMPP_URL && env.SMS_SMPP_URL !== '' ? env.SMS_SMPP_URL : undefined;
  if (smsSmppUrl !== undefined) {
    let u: URL;
    try {
      u = new URL(smsSmppUrl);
    } catch {
      throw new ConfigError('SMS_SMPP_URL', 'must be smpp://SYSTEM_ID:PASSWORD@HOST:PORT or smpps://…');
    }
    if ((u.protocol !== 'smpp:' && u.protocol !== 'smpps:') || u.hostname === '' || u.username === '')
      throw new ConfigError('SMS_SMPP_URL', 'must be smpp://SYSTEM_ID:PASSWORD@HOST:PORT or smpps://…');
  }
  const smsSender = env.SMS_SENDER && env.SMS_SENDER !== '' ? env.SMS_SENDER : undefined;
  if (smsSender !== undefined && !/^[A-Za-z0-9 ._-]{1,11}$/.test(smsSender))
    throw new ConfigError('SMS_SENDER', 'must be a brand name of 1 to 11 letters, digits, spaces, dots or dashes');
  if (smsSmppUrl !== undefined && smsSender === undefined)
    throw new ConfigError('SMS_SENDER', 'is required with SMS_SMPP_URL (the brand name the operator registered)');
  const smsEncoding = (env.SMS_ENCODING || 'gsm7').toLowerCase();
  if (smsEncoding !== 'gsm7' && smsEncoding !== 'ucs2') throw new ConfigError('SMS_ENCODING', 'must be gsm7 or ucs2');
  const verification = (env.BOOKING_VERIFICATION || 'off').toLowerCase();
  if (verification !== 'sms' && verification !== 'email' && verification !== 'off')
    throw new ConfigError('BOOKING_VERIFICATION', 'must be sms, email or off');
  if (verification === 'sms' && smsSender === undefined)
    throw new ConfigError('BOOKING_VERIFICATION', 'sms needs SMS_SENDER (and SMS_SMPP_URL to deliver)');

  const cutoffTime = env.BOOKING_CUTOFF_TIME || undefined;
  if (cutoffTime !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(cutoffTime))
    throw new ConfigError('BOOKING_CUTOFF_TIME', 'must be a time of day HH:mm');
  const bookings = {
    cutoffWorkingDays: parseInt0(env, 'BOOKING_CUTOFF_WORKING_DAYS', 1, 0, 30),
    cutoffTime,
    idLimitPerHour: parseInt0(env, 'BOOKING_ID_LIMIT', 10, 0, 100_000),
    checkInOpensMinutesBefore: parseInt0(env, 'CHECKIN_OPENS_MINUTES_BEFORE', 120, 0, 1440),
    joinOpensMinutesBefore: parseInt0(env, 'JOIN_OPENS_MINUTES_BEFORE', 15, 0, 1440),
    verification: verification as 'sms' | 'email' | 'off',
    holdMinutes: parseInt0(env, 'BOOKING_HOLD_MINUTES', 10, 1, 120),
    verifyPhoneLimit: parseInt0(env, 'BOOKING_VERIFY_PHONE_LIMIT', 5, 0, 100_000),
  };
  const surveys = { ttlDays: parseInt0(env, 'SURVEY_TTL_DAYS', 60, 1, 3650) };
  const staffSessions = {
    idleMinutes: parseInt0(env, 'STAFF_SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    maxHours: parseInt0(env, 'STAFF_SESSION_MAX_HOURS', 12, 1, 7 * 24),
  };

  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\/[^\s]+$/.test(redisUrl))
    throw new ConfigError('REDIS_URL', 'must be a redis:// or rediss:// URL');
  const redisPrefix = env.REDIS_PREFIX || 'tiepdan:';
  if (!/^[A-Za-z0-9:_.-]{1,64}$/.test(redisPrefix))
    throw new ConfigError('REDIS_PREFIX', 'must be 1 to 64 letters, digits or : _ . -');

  const metricsToken = env.METRICS_TOKEN || undefined;
  if (metricsToken !== undefined && metricsToken.length < 16)
    throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters');
  const metricsPortRaw = parseInt0(env, 'METRICS_PORT', 0, 0, 65535);
  const metricsPort = env.METRICS_PORT ? metricsPortRaw : undefined;
  if (metricsPort !== undefined && metricsPort !== 0 && metricsPort === port)
    throw new ConfigError('METRICS_PORT', 'must differ from PORT');

  return {
    production,
    port,
    database,
    adminPassword: adminPassword === '' ? undefined : adminPassword,
    adminPasswordFile,
    demoData,
    demoActivity,
    demoPassword,
    jwtSecret,
    dataKey: dataKeys.current.key,
    dataKeys,
    logLevel,
    throttleLimit,
    loginThrottleLimit,
    jwtExpiresIn: env.JWT_EXPIRES_IN ?? '8h',
    bodyLimit,
    publicBaseUrl,
    smtpUrl,
    mailFrom: env.MAIL_FROM ?? 'Tiếp công dân <no-reply@tiepdan.local>',
    sms: { smppUrl: smsSmppUrl, sender: smsSender, encoding: smsEncoding as 'gsm7' | 'ucs2' },
    jobsEnabled: parseBool(env, 'JOBS_ENABLED', true),
    bookings,
    redis: redisUrl ? { url: redisUrl, prefix: redisPrefix } : undefined,
    metricsToken,
    metricsPort,
    shutdownTimeoutMs: parseInt0(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    shutdownGraceMs: parseInt0(env, 'SHUTDOWN_GRACE_MS', 0, 0, 120_000),
    surveys,
    staffSessions,
  };
}
