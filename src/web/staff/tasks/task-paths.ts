import { STAFF_PREFIX } from '../staff-paths.js';

/** Paths of the task board, the inspector's pages and the petition search. */
export const BOARD_PATH = `${STAFF_PREFIX}/cong-viec`;
export const taskPath = (id: string) => `${BOARD_PATH}/${id}`;
export const DENUNCIATIONS_PATH = `${STAFF_PREFIX}/to-cao`;
export const denunciationPath = (id: string) => `${DENUNCIATIONS_PATH}/${id}`;
export const AUDIT_PATH = `${STAFF_PREFIX}/nhat-ky`;
/** The audit trail of one record (what the inspector opens after a reveal). */
export const auditOf = (entityType: string, entityId: string) =>
  `${AUDIT_PATH}?${new URLSearchParams({ loai: entityType, ma: entityId }).toString()}`;
