import { DateTime } from 'luxon';

/** Việt Nam's zone: pages never show a time zone, every time is local to the unit. */
export const VN_ZONE = 'Asia/Ho_Chi_Minh';

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];

const local = (at: Date | string, zone: string): DateTime =>
  (typeof at === 'string' ? DateTime.fromISO(at) : DateTime.fromJSDate(at)).setZone(zone);

/** "10/12/2026" */
export function dateVi(at: Date | string, zone = VN_ZONE): string {
  return local(at, zone).toFormat('dd/MM/yyyy');
}

/** "Thứ Năm, 10/12/2026" */
export function dayDateVi(at: Date | string, zone = VN_ZONE): string {
  const d = local(at, zone);
  return `${WEEKDAYS[d.weekday - 1]}, ${d.toFormat('dd/MM/yyyy')}`;
}

/** "08:00" (24-hour clock) */
export function timeVi(at: Date | string, zone = VN_ZONE): string {
  return local(at, zone).toFormat('HH:mm');
}

/** "08:00–08:30" (an en dash, no spaces) */
export function timeRangeVi(from: Date | string, to: Date | string, zone = VN_ZONE): string {
  return `${timeVi(from, zone)}–${timeVi(to, zone)}`;
}

/** A local date (yyyy-mm-dd) as "Thứ Năm, 10/12/2026". */
export function localDateVi(isoDate: string): string {
  return dayDateVi(DateTime.fromISO(isoDate, { zone: VN_ZONE }).toJSDate());
}

/** Counts with the Vietnamese thousands separator: 1.234 */
export function countVi(n: number): string {
  return new Intl.NumberFormat('vi-VN').format(n);
}

/** A code grouped for reading aloud over the phone: "HB7K2M9Q" → "HB7K 2M9Q" (groups of 4; a dash stays a break). */
export function groupForReading(code: string, size = 4): string[] {
  const parts = code.split('-').filter(Boolean);
  const out: string[] = [];
  for (const p of parts) for (let i = 0; i < p.length; i += size) out.push(p.slice(i, i + size));
  return out;
}

/** The local date (yyyy-mm-dd) of an instant in Việt Nam. */
export function localDateOf(at: Date, zone = VN_ZONE): string {
  return DateTime.fromJSDate(at).setZone(zone).toISODate()!;
}
