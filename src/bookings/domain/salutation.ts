/**
 * The form of address a citizen gave ("ong" → "ông", "ba" → "bà"), optional on bookings and reception cases:
 * documents write "ông …"/"bà …", or "công dân …" when it was not given (a name alone does not tell).
 */
export const SALUTATIONS = ['ong', 'ba'] as const;
export type Salutation = (typeof SALUTATIONS)[number];

export const isSalutation = (v: unknown): v is Salutation => v === 'ong' || v === 'ba';
