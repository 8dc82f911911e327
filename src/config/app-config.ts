import type { DataKeyRing } from '../common/crypto/data-key.js';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type DatabaseConfig =
  /**
   * Time limits (ms) so a database that is unreachable or silent fails requests fast (503) instead of hanging them:
   * `connectTimeoutMs` to open a connection or wait for a free one of the pool, `statementTimeoutMs` for the server to
   * run a statement (PostgreSQL `statement_timeout`, also ends lock waits), `queryTimeoutMs` for the client to get an
   * answer at all (a server that accepts connections but never answers). 0 turns a limit off. `migrationUrl`: a
   * connection of the role that owns the schema, used only to migrate (the app's role has no DDL).
   */
  | {
      type: 'postgres';
      url: string;
      migrationUrl?: string;
      connectTimeoutMs?: number;
      statementTimeoutMs?: number;
      queryTimeoutMs?: number;
    }
  /**
   * `synchronous`: NORMAL (default) survives a crash of the process; FULL also a power cut, at the cost of an fsync per
   * commit. `busyTimeoutMs`: how long a statement waits for another process's lock on the file (the whole process
   * waits with it: better-sqlite3 is synchronous) before the request answers 503.
   */
  | { type: 'sqlite'; path: string; synchronous?: 'NORMAL' | 'FULL'; busyTimeoutMs?: number };

/** The validated, typed configuration of one tiepdan process. */
export interface AppConfig {
  production: boolean;
  port: number;
  database: DatabaseConfig;
  /** Password for the bootstrap `admin` user; random (printed once) when unset. */
  adminPassword?: string;
  /** Where a random `admin` password is written (mode 0600) when stdout is not a terminal. */
  adminPasswordFile: string;
  demoData: boolean;
  /** With the demo data: sessions published for booking, a past session and dialogue, petitions and tasks (src/seed/demo-activity.service.ts). */
  demoActivity: boolean;
  demoPassword: string;
  jwtSecret: string;
  /** 32-byte key for encrypting citizen data at rest (AES-256-GCM): the current key of `dataKeys`. */
  dataKey: Buffer;
  /** Every data key (`DATA_KEYS`, or `DATA_KEY` alone as `k0`), current first: the FieldCipher's key ring. */
  dataKeys: DataKeyRing;
  logLevel: LogLevel;
  /** Requests per minute per client on public routes; 0 turns throttling off. */
  throttleLimit: number;
  /** Login attempts per minute per client. */
  loginThrottleLimit: number;
  jwtExpiresIn: string;
  bodyLimit: string;
  /** Base URL the API is reached at, for links in feeds and e-mails. */
  publicBaseUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  /**
   * SMS over SMPP. `sender` (SMS_SENDER, the brand name) turns the SMS channel on: messages are queued from then on;
   * `smppUrl` (SMS_SMPP_URL) is where they are delivered (without it they stay in the outbox). `encoding`: gsm7 (text
   * without diacritics, 160 per part) or ucs2 (with diacritics, 70 per part).
   */
  sms: { smppUrl?: string; sender?: string; encoding: 'gsm7' | 'ucs2' };
  /**
   * Bookings close at `cutoffTime` (local, default end of day) of the Nth working day before the session. Check-in
   * opens `checkInOpensMinutesBefore` minutes before the session starts (never before its local day).
   */
  bookings: {
    cutoffWorkingDays: number;
    cutoffTime?: string;
    idLimitPerHour: number;
    checkInOpensMinutesBefore: number;
    /** The joining link of an online booking is shown from this many minutes before its slot (JOIN_OPENS_MINUTES_BEFORE). */
    joinOpensMinutesBefore: number;
    /** BOOKING_VERIFICATION: a new booking is a pending hold until the citizen enters a one-time code (sms, email) or not (off). */
    verification: 'sms' | 'email' | 'off';
    /** BOOKING_HOLD_MINUTES (default 10): how long a pending hold keeps its seat. */
    holdMinutes: number;
    /** BOOKING_VERIFY_PHONE_LIMIT (default 5, 0 = off): codes sent per phone number per hour, per instance. */
    verifyPhoneLimit: number;
  };
  /** Satisfaction surveys: a survey link expires `ttlDays` days after it was handed out (SURVEY_TTL_DAYS, default 60). */
  surveys: { ttlDays: number };
  /**
   * Staff workspace sessions (server-side, cookie `tiepdan_staff`): closed after `idleMinutes` without a request
   * (STAFF_SESSION_IDLE_MINUTES, default 30) and `maxHours` after sign-in whatever the activity (STAFF_SESSION_MAX_HOURS,
   * default 12).
   */
  staffSessions: { idleMinutes: number; maxHours: number };
  /** Run the in-process scheduled jobs (daily generation, reminders, outbox worker). */
  jobsEnabled: boolean;
  /**
   * Redis shared by every instance for the rate limits (per-IP throttling, per-ID booking limit, login lock-out), so N
   * instances give one limit. Unset: the limits live in each process's memory.
   */
  redis?: { url: string; prefix: string };
  /** Bearer token that opens `GET /metrics` on the main port (unset: /metrics is not served there). */
  metricsToken?: string;
  /** A separate listener on 127.0.0.1 serving only `GET /metrics`, without a token (unset: none). */
  metricsPort?: number;
  /** How long a SIGTERM/SIGINT waits for in-flight requests before closing their connections. */
  shutdownTimeoutMs: number;
  /**
   * After SIGTERM, how long the listener keeps accepting requests with readiness already 503, so a load balancer takes
   * the instance out before connections are refused (0: close at once).
   */
  shutdownGraceMs: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
