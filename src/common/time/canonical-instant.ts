const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i += 1) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

function daysIn(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * Milliseconds since the epoch of an instant written exactly as `Date#toISOString()` writes it
 * (`2026-03-02T01:00:00.000Z`), or null when the text is not in that form or names no real moment (30 February).
 * The fast path for the instants the API hands out and gets back (no allocation); other ISO-8601 forms go through
 * Luxon.
 */
export function canonicalInstantMillis(value: string): number | null {
  if (value.length !== 24 || !CANONICAL.test(value)) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59)
    return null;
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + digits(value, 20, 3);
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil; exact for every year). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
