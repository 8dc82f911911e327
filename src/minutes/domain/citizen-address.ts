/**
 * How documents address a citizen: "ông"/"bà" when the form of address was recorded, "công dân" when it was not
 * (the name alone does not tell), and "ông (bà)" in a notice addressed to one person whose form is not known.
 */
import type { Salutation } from '../../bookings/domain/salutation.js';

export { SALUTATIONS, type Salutation, isSalutation } from '../../bookings/domain/salutation.js';

const WORDS: Readonly<Record<Salutation, string>> = { ong: 'ông', ba: 'bà' };

/** "ông Trần Văn Bình", "bà Trần Thị Mai", "công dân Phạm Thu Hà" (lower case: the word sits inside a sentence). */
export function citizenName(fullName: string, salutation: Salutation | null | undefined): string {
  return `${salutation ? WORDS[salutation] : 'công dân'} ${fullName}`;
}

/** "ông Vũ Văn Khải", or "ông (bà) Vũ Văn Khải" when the form is not known (refusal notices, per their usual wording). */
export function citizenNameOrBoth(fullName: string, salutation: Salutation | null | undefined): string {
  return `${salutation ? WORDS[salutation] : 'ông (bà)'} ${fullName}`;
}

/** Capitalises the first letter, for the start of a sentence or a heading. */
export const capitalised = (s: string): string => (s ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s);
