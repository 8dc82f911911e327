/**
 * Pure validators for the identity a citizen gives when booking. Each `validateX` returns the
 * normalised value or a Vietnamese message; each `isX` is its boolean shortcut. The DTO layer wraps them.
 */

import { normalizeIdentityNumber, normalizePhoneVn } from '../privacy/personal-numbers.js';

/** The normalisers live with the masks in src/common/privacy (shared by every module); re-exported here. */
export { normalizeIdentityNumber, normalizePhoneVn };

export type FieldCheck<T = string> = { ok: true; value: T } | { ok: false; message: string };

// ---------------------------------------------------------------------------------------------
// Full name

export const FULL_NAME_MIN_LENGTH = 2;
export const FULL_NAME_MAX_LENGTH = 100;

/**
 * One word: Latin letters (which include every Vietnamese letter: ă â đ ê ô ơ ư with the five tones),
 * each followed by at most two combining marks (for letters with no precomposed form, e.g. the
 * breve of some ethnic-minority scripts), and optionally joined by an apostrophe or hyphen to
 * another run of letters: `H'Hen`, `Jean-Pierre`.
 */
const LETTER = String.raw`\p{Script=Latin}\p{M}{0,2}`;
const WORD = String.raw`(?:${LETTER})+(?:['-](?:${LETTER})+)*`;
const FULL_NAME = new RegExp(String.raw`^${WORD}(?: ${WORD})*$`, 'u');

/** NFC, typographic apostrophes to `'`, any run of white space (incl. no-break space) to one space, trimmed. */
export function normalizeFullName(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u2019\u02BC\u2018]/g, "'")
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu, ' ')
    .trim();
}

/**
 * A person's full name as written on the ID card. One word is accepted (rare, but such legal names
 * exist and the right to be received must not depend on a form rule); case is kept as typed.
 */
export function validateFullName(raw: string): FieldCheck {
  if (typeof raw !== 'string') return { ok: false, message: 'Họ và tên không hợp lệ.' };
  const value = normalizeFullName(raw);
  const length = [...value].length;
  if (length < FULL_NAME_MIN_LENGTH || length > FULL_NAME_MAX_LENGTH) {
    return {
      ok: false,
      message: `Họ và tên phải có từ ${FULL_NAME_MIN_LENGTH} đến ${FULL_NAME_MAX_LENGTH} ký tự.`,
    };
  }
  if (!FULL_NAME.test(value)) {
    return {
      ok: false,
      message:
        "Họ và tên chỉ được gồm chữ cái (có dấu tiếng Việt), khoảng trắng, dấu nháy (') và dấu gạch nối (-) đặt giữa hai chữ cái (như H'Hen, Nguyễn-Lê), không chứa chữ số hay ký hiệu khác.",
    };
  }
  return { ok: true, value };
}

export function isVietnameseFullName(raw: string): boolean {
  return validateFullName(raw).ok;
}

// ---------------------------------------------------------------------------------------------
// Citizen ID (CCCD / số định danh cá nhân) and passport

export type IdentityKind = 'cccd' | 'passport';

/**
 * 12-digit personal identification number (CCCD; Circular 59/2021/TT-BCA, formerly 07/2016/TT-BCA):
 * - digits 1–3: code of the province where the birth was registered, 001–096. The range is checked,
 *   not the list of codes actually assigned, so that numbers issued under a later code table
 *   (province mergers of 2025) are not refused;
 * - digit 4: century and sex: 0/1 = 20th century male/female, 2/3 = 21st, 4/5 = 22nd, 6/7 = 23rd, 8/9 = 24th;
 * - digits 5–6: last two digits of the year of birth; digits 7–12: random.
 * The birth year implied by digits 4–6 must not be after `currentYear` (default: this UTC year).
 * The old 9-digit CMND has been void since 1/1/2025 and is not accepted.
 */
export function isCitizenIdNumber(raw: string, options: { currentYear?: number } = {}): boolean {
  if (typeof raw !== 'string') return false;
  const id = normalizeIdentityNumber(raw);
  if (!/^\d{12}$/.test(id)) return false;
  const province = Number(id.slice(0, 3));
  if (province < 1 || province > 96) return false;
  const birthYear = cccdBirthYear(id);
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  return birthYear <= currentYear;
}

/** Year of birth encoded in a 12-digit CCCD (digits 4–6). The input is assumed well formed. */
export function cccdBirthYear(id: string): number {
  const century = Number(id[3]);
  return 1900 + Math.floor(century / 2) * 100 + Number(id.slice(4, 6));
}

/**
 * Passport numbers:
 * - Vietnamese passports: one letter and 7 digits (`B1234567`, `C…`, `N…`, `P…`);
 * - foreign passports: 6–9 letters/digits with at least one digit. Exactly 9 digits is refused:
 *   that is the old CMND (void since 2025), and accepting it would let one person book twice
 *   in a session under two numbers. (Holders of all-numeric 9-digit foreign passports book at the desk.)
 */
export function isPassportNumber(raw: string): boolean {
  if (typeof raw !== 'string') return false;
  const id = normalizeIdentityNumber(raw);
  if (/^[A-Z]\d{7}$/.test(id)) return true;
  if (/^\d{9}$/.test(id)) return false;
  return /^[A-Z0-9]{6,9}$/.test(id) && /\d/.test(id);
}

/** A CCCD or a passport number; returns the normalised number and its kind. */
export function validateIdentityNumber(
  raw: string,
  options: { currentYear?: number } = {},
): FieldCheck<{ number: string; kind: IdentityKind }> {
  if (typeof raw !== 'string' || raw.length > 64) {
    return { ok: false, message: 'Số CCCD/Hộ chiếu không hợp lệ.' };
  }
  const number = normalizeIdentityNumber(raw);
  if (/^\d{12}$/.test(number)) {
    return isCitizenIdNumber(number, options)
      ? { ok: true, value: { number, kind: 'cccd' } }
      : { ok: false, message: 'Số căn cước công dân không hợp lệ (mã tỉnh hoặc năm sinh không đúng).' };
  }
  if (/^\d{9}$/.test(number)) {
    return {
      ok: false,
      message: 'Chứng minh nhân dân 9 số đã hết giá trị sử dụng; vui lòng nhập số căn cước công dân 12 chữ số.',
    };
  }
  if (isPassportNumber(number)) return { ok: true, value: { number, kind: 'passport' } };
  return {
    ok: false,
    message: 'Vui lòng nhập số căn cước công dân (12 chữ số) hoặc số hộ chiếu (6–9 ký tự chữ và số).',
  };
}

// ---------------------------------------------------------------------------------------------
// Phone

export function validatePhoneVn(raw: string): FieldCheck {
  const value = normalizePhoneVn(raw);
  return value === null
    ? { ok: false, message: 'Số điện thoại không hợp lệ; vui lòng nhập số di động hoặc số cố định tại Việt Nam.' }
    : { ok: true, value };
}

/** True for an E.164 Vietnamese mobile number (as returned by `normalizePhoneVn`). */
export function isVietnameseMobile(e164: string): boolean {
  return /^\+84[35789]\d{8}$/.test(e164);
}
