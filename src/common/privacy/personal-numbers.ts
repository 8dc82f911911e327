/** Normal forms of the personal numbers citizens give (ID numbers, Vietnamese phone numbers). Pure. */

/**
 * Uppercase, with spaces, dots and hyphens removed (people copy "001 234 567 890" or "B-1234567").
 */
export function normalizeIdentityNumber(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s.-]/g, '')
    .toUpperCase();
}

/**
 * National significant number: mobile = 9 digits starting 3, 5, 7, 8 or 9 (03x, 05x, 07x, 08x, 09x);
 * landline = 10 digits starting 2 (area codes 02xx, incl. 024 Hà Nội / 028 TP.HCM).
 */
const MOBILE_NSN = /^[35789]\d{8}$/;
const LANDLINE_NSN = /^2\d{9}$/;

function isValidNsn(nsn: string): boolean {
  return MOBILE_NSN.test(nsn) || LANDLINE_NSN.test(nsn);
}

/**
 * A Vietnamese phone number in E.164 (`+84912345678`), or null. Accepts `0912345678`,
 * `+84912345678`, `84912345678`, `0084…`, `+84 (0) 912…`, the number without its leading 0,
 * with spaces, dots, hyphens or parentheses.
 */
export function normalizePhoneVn(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > 32) return null;
  const compact = raw.normalize('NFKC').replace(/[\s.\-()]/g, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  let digits: string;
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+84')) return null;
    digits = compact.slice(3);
  } else if (compact.startsWith('0084')) {
    digits = compact.slice(4);
  } else if (compact.startsWith('84') && isValidNsn(compact.slice(2))) {
    digits = compact.slice(2);
  } else {
    digits = compact;
  }
  const nsn = digits.startsWith('0') ? digits.slice(1) : digits;
  return isValidNsn(nsn) ? `+84${nsn}` : null;
}
