import { STAFF_PREFIX } from '../staff-paths.js';

/** The periodic reports section of the staff workspace. */
export const REPORTS_STAFF_PATH = `${STAFF_PREFIX}/bao-cao`;
