import { STAFF_PREFIX } from '../staff-paths.js';

export const CALENDAR_PATH = `${STAFF_PREFIX}/lich`;
export const SCHEDULES_PATH = `${STAFF_PREFIX}/lich-dinh-ky`;
export const COMPLIANCE_PATH = `${STAFF_PREFIX}/tuan-thu`;
export const sessionPath = (id: string): string => `${CALENDAR_PATH}/buoi/${id}`;
export const NEW_SESSION_PATH = `${CALENDAR_PATH}/buoi-moi`;
export const NEW_SCHEDULE_PATH = `${SCHEDULES_PATH}/moi`;
export const schedulePath = (id: string): string => `${SCHEDULES_PATH}/${id}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A query or path value that may be an id (anything else is ignored or answered with 404). */
export const uuidOrUndefined = (v: unknown): string | undefined =>
  typeof v === 'string' && UUID.test(v) ? v : undefined;
