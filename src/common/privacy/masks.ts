import { normalizeIdentityNumber, normalizePhoneVn } from './personal-numbers.js';

/**
 * The masks of personal data shown to staff whose role sees a field 'masked' (see masking-policy.ts). Every
 * function accepts null/undefined and returns '' for them.
 */

function stars(n: number): string {
  return '*'.repeat(Math.max(0, n));
}

/**
 * CCCD (12 digits): first 3 (province code) and last 3 kept: `001******567`.
 * Passport or other numbers of 6–9 characters: first 1 and last 2 kept: `B*****67`.
 * Shorter values are fully masked.
 */
export function maskIdNumber(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const id = normalizeIdentityNumber(value);
  if (id.length >= 10) return id.slice(0, 3) + stars(id.length - 6) + id.slice(-3);
  if (id.length >= 6) return id.slice(0, 1) + stars(id.length - 3) + id.slice(-2);
  return stars(id.length);
}

/**
 * Vietnamese numbers are shown in E.164 with `+84`, the first 2 and the last 3 digits of the national
 * number kept: `+8491****678`. Anything else keeps only its last 2 digits.
 */
export function maskPhone(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const e164 = normalizePhoneVn(value);
  if (e164 !== null) {
    const nsn = e164.slice(3);
    return `+84${nsn.slice(0, 2)}${stars(nsn.length - 5)}${nsn.slice(-3)}`;
  }
  const digits = value.replace(/\D/g, '');
  return digits.length <= 2 ? stars(digits.length) : stars(digits.length - 2) + digits.slice(-2);
}

/** First character of the local part and the domain: `n***@gmail.com` (the local part's length is hidden). */
export function maskEmail(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const at = value.lastIndexOf('@');
  if (at < 1 || at === value.length - 1) return '***';
  return `${[...value][0]}***${value.slice(at)}`;
}

/**
 * A free-form contact a citizen typed (dialogue questions: "phone or e-mail"): masked as an e-mail when it has an
 * `@`, as a phone number when it is one, otherwise only its last 2 characters are kept.
 */
export function maskContact(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const v = value.trim();
  if (v.includes('@')) return maskEmail(v);
  if (normalizePhoneVn(v) !== null || /^[+\d\s.()-]+$/.test(v)) return maskPhone(v);
  const chars = [...v];
  return chars.length <= 4 ? stars(chars.length) : stars(chars.length - 2) + chars.slice(-2).join('');
}
