/**
 * Vietnamese formatting helpers for administrative documents (Decree 30/2020/NĐ-CP, Appendix I).
 * Pure functions on `YYYY-MM-DD` strings: no `Date` parsing, so the result never depends on `TZ`.
 */
import type { IsoDate } from './document.model.js';

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Splits a real calendar date `YYYY-MM-DD`; throws a `RangeError` for anything else. */
export function parseIsoDate(isoDate: IsoDate): DateParts {
  const m = ISO_DATE_RE.exec(isoDate);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Invalid date: expected YYYY-MM-DD, got ${String(isoDate)}`);
  }
  return { year, month, day };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `2026-03-05` → `05/03/2026` (dd/MM/yyyy, always two-digit day and month). */
export function formatDateVi(isoDate: IsoDate): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/**
 * The date as written in the place-and-date line of Decree 30 (Appendix I, item on "địa danh
 * và thời gian ban hành"): days below 10 and the months 1 and 2 take a leading zero, every
 * other month is written without one: `ngày 05 tháng 3 năm 2026`, `ngày 15 tháng 01 năm 2026`,
 * `ngày 31 tháng 12 năm 2025`. (The zero stops "tháng 1" being altered into "tháng 11/12".)
 */
export function longDateVi(isoDate: IsoDate): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const dd = day < 10 ? pad2(day) : String(day);
  const mm = month < 3 ? pad2(month) : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** `placeDateLine('Hải Phòng', '2026-03-05')` → `Hải Phòng, ngày 05 tháng 3 năm 2026`. */
export function placeDateLine(place: string, isoDate: IsoDate): string {
  const name = place.normalize('NFC').trim();
  if (name === '') throw new RangeError('The place name of a document must not be empty');
  return `${name}, ${longDateVi(isoDate)}`;
}

/**
 * Masks an identity document number for printouts read by people without the right to see it.
 *
 * Choice: whitespace is removed; then at most a quarter of the characters, and never more than
 * 3, stay visible at each end and everything in between becomes `*`, so at least half of the
 * number is always hidden and the length is kept (a clerk can still tell a 12-digit CCCD from
 * a 9-digit CMND or a passport).
 *   CCCD `001203004567` → `001******567` (province code and last 3 digits stay)
 *   CMND `031234567`    → `03*****67`
 *   passport `C1234567` → `C1****67`
 * Numbers of 3 characters or fewer are masked completely; an empty input gives `''`.
 */
export function maskIdNumber(idNumber: string): string {
  const compact = idNumber.normalize('NFC').replace(/\s+/gu, '');
  const chars = [...compact];
  const keep = Math.min(3, Math.floor(chars.length / 4));
  if (keep === 0) return '*'.repeat(chars.length);
  const head = chars.slice(0, keep).join('');
  const tail = chars.slice(chars.length - keep).join('');
  return head + '*'.repeat(chars.length - 2 * keep) + tail;
}
