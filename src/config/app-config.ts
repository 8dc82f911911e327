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
  /** 32-byte key for encrypting citizen data at rest (AES-256-GCM). */
  dataKey: Buffer;
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
   * Bookings close at `cutoffTime` (local, default end of day) of the Nth working day before the session. Check-in
   * opens `checkInOpensMinutesBefore` minutes before the session starts (never before its local day).
   */
  bookings: {
    cutoffWorkingDays: number;
    cutoffTime?: string;
    idLimitPerHour: number;
    checkInOpensMinutesBefore: number;
  };
  /** Satisfaction surveys: a survey link expires `ttlDays` days after it was handed out (SURVEY_TTL_DAYS, default 60). */
  surveys: { ttlDays: number };
  /** Run the in-process scheduled jobs (daily generation, reminders, outbox worker). */
  jobsEnabled: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
