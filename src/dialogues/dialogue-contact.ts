/** Column context of a question's contact (bound with the question's id; also used by the migration that bound old rows). */
export const CONTACT_CTX = 'dialogue_question.contact';
