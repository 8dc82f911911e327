export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type DatabaseConfig =
  | { type: 'postgres'; url: string }
  /** `synchronous`: NORMAL (default) survives a crash of the process; FULL also a power cut, at the cost of an fsync per commit. */
  | { type: 'sqlite'; path: string; synchronous?: 'NORMAL' | 'FULL' };

/** The validated, typed configuration of one tiepdan process. */
export interface AppConfig {
  production: boolean;
  port: number;
  database: DatabaseConfig;
  /** Password for the bootstrap `admin` user; random (printed once) when unset. */
  adminPassword?: string;
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
  bookings: { cutoffWorkingDays: number; cutoffTime?: string; idLimitPerHour: number; checkInOpensMinutesBefore: number };
  /** Run the in-process scheduled jobs (daily generation, reminders, outbox worker). */
  jobsEnabled: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
