/**
 * Every error code the API can answer, gathered from the modules' catalogues (`src/<module>/errors.ts`) and the shared
 * one (`src/common/errors/common-errors.ts`). Lives at the app level because common never imports feature modules.
 * The OpenAPI document lists these codes on the `ProblemDetails` schema (`documentProblems`), and the wording test
 * (`src/error-wording.spec.ts`) reads every message here.
 */
import type { ErrorEntry } from './common/errors/catalogue.js';
import { COMMON_ERRORS } from './common/errors/common-errors.js';
import { AUTH_ERRORS } from './auth/errors.js';
import { BOOKINGS_ERRORS } from './bookings/errors.js';
import { CALENDAR_ERRORS } from './calendar/errors.js';
import { COMPLIANCE_ERRORS } from './compliance/errors.js';
import { DIALOGUES_ERRORS } from './dialogues/errors.js';
import { FEEDS_ERRORS } from './feeds/errors.js';
import { MINUTES_ERRORS } from './minutes/errors.js';
import { NOTIFICATIONS_ERRORS } from './notifications/errors.js';
import { ORG_ERRORS } from './org/errors.js';
import { PETITIONS_ERRORS } from './petitions/errors.js';
import { REPORTS_ERRORS } from './reports/errors.js';
import { SCHEDULES_ERRORS } from './schedules/errors.js';
import { SESSIONS_ERRORS } from './sessions/errors.js';
import { TASKS_ERRORS } from './tasks/errors.js';
import { WEB_ERRORS } from './web/errors.js';

export const ERROR_CATALOGUES: Readonly<Record<string, Readonly<Record<string, ErrorEntry>>>> = {
  common: COMMON_ERRORS,
  auth: AUTH_ERRORS,
  bookings: BOOKINGS_ERRORS,
  calendar: CALENDAR_ERRORS,
  compliance: COMPLIANCE_ERRORS,
  dialogues: DIALOGUES_ERRORS,
  feeds: FEEDS_ERRORS,
  minutes: MINUTES_ERRORS,
  notifications: NOTIFICATIONS_ERRORS,
  org: ORG_ERRORS,
  petitions: PETITIONS_ERRORS,
  reports: REPORTS_ERRORS,
  schedules: SCHEDULES_ERRORS,
  sessions: SESSIONS_ERRORS,
  tasks: TASKS_ERRORS,
  web: WEB_ERRORS,
};

/** Every entry of every catalogue (a code two modules share, such as REASON_REQUIRED, appears once per module). */
export const ALL_ERROR_ENTRIES: readonly ErrorEntry[] = Object.values(ERROR_CATALOGUES).flatMap((c) =>
  Object.values(c),
);

/** The distinct codes with their statuses, sorted by code. */
export function apiErrorCodes(): { code: string; statuses: number[] }[] {
  const by = new Map<string, Set<number>>();
  for (const e of ALL_ERROR_ENTRIES) by.set(e.code, (by.get(e.code) ?? new Set()).add(e.status));
  return [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, s]) => ({ code, statuses: [...s].sort() }));
}
