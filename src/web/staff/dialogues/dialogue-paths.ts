import { STAFF_PREFIX } from '../staff-paths.js';

/** The dialogues section of the staff workspace. */
export const DIALOGUES_STAFF_PATH = `${STAFF_PREFIX}/doi-thoai`;
export const NEW_DIALOGUE_PATH = `${DIALOGUES_STAFF_PATH}/moi`;
export const staffDialoguePath = (id: string) => `${DIALOGUES_STAFF_PATH}/${id}`;
