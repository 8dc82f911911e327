/**
 * Masks personal data a citizen may type into a survey comment before it is stored (staff only ever see the masked
 * text): e-mail addresses, phone numbers (0xx or +84/84 forms, with spaces, dots or dashes between groups), and ID
 * numbers (9-digit identity cards, 12-digit citizen ID numbers) or any other run of 9+ digits. Each is replaced by a
 * Vietnamese placeholder so the comment still reads.
 */
export const MASKS = {
  email: '[đã ẩn thư điện tử]',
  phone: '[đã ẩn số điện thoại]',
  idNumber: '[đã ẩn số giấy tờ]',
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// A digit run with optional single separators (space, dot, dash, parentheses) between digits, optionally after +.
const DIGIT_RUN = /\+?\(?\d(?:[\s.\-()]{0,2}\d)+\)?/g;

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** Vietnamese phone shapes: 0 + 9 digits (mobile and landline 10 digits), 0 + 10 digits (old landlines), 84 + 9. */
function isPhone(run: string, digits: string): boolean {
  if (run.trim().startsWith('+') || digits.startsWith('84'))
    return digits.startsWith('84') && digits.length >= 10 && digits.length <= 12;
  return digits.startsWith('0') && (digits.length === 10 || digits.length === 11);
}

export function maskComment(text: string): string {
  const noMail = text.replace(EMAIL, MASKS.email);
  return noMail.replace(DIGIT_RUN, (run) => {
    const digits = digitsOf(run);
    if (digits.length < 8) return run;
    // Keep leading/trailing characters that the regex took but are not part of the number (a space, a bracket).
    const lead = run.match(/^[\s]*/)![0];
    if (isPhone(run, digits)) return `${lead}${MASKS.phone}`;
    if (digits.length >= 9) return `${lead}${MASKS.idNumber}`;
    return run;
  });
}

/** True when the text still holds something that looks like a contact or ID (used by tests and as a guard). */
export function looksPersonal(text: string): boolean {
  if (new RegExp(EMAIL.source, 'u').test(text)) return true;
  for (const m of text.matchAll(DIGIT_RUN)) if (digitsOf(m[0]).length >= 9) return true;
  return false;
}
