import { DateTime, IANAZone } from '../../common/time/luxon.js';

/** Việt Nam's zone: pages never show a time zone, every time is local to the unit. */
export const VN_ZONE = 'Asia/Ho_Chi_Minh';

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];

/** Local calendar fields of an instant in a zone. */
interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday (as Luxon). */
  weekday: number;
}

/**
 * UTC offsets (minutes) by zone and quarter hour: a page of a unit calendar formats a hundred instants, and Luxon's
 * `setZone` asks Intl for the offset of every one of them (the costliest part of rendering the page). Offsets only
 * change at whole quarter hours, so one lookup per zone and quarter hour is exact.
 */
const offsets = new Map<string, number>();
const QUARTER_MS = 15 * 60_000;

function offsetMinutes(ms: number, zone: string): number {
  const key = `${zone}|${Math.floor(ms / QUARTER_MS)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = IANAZone.isValidZone(zone) ? IANAZone.create(zone).offset(ms) : NaN;
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function local(at: Date | string, zone: string): LocalParts {
  const ms = typeof at === 'string' ? DateTime.fromISO(at).toMillis() : at.getTime();
  const offset = Number.isFinite(ms) ? offsetMinutes(ms, zone) : NaN;
  if (!Number.isFinite(offset)) {
    // An invalid instant or zone: as Luxon formats it (never thrown on a page).
    const d = (typeof at === 'string' ? DateTime.fromISO(at) : DateTime.fromJSDate(at)).setZone(zone);
    return { year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute, weekday: d.weekday };
  }
  const t = new Date(ms + offset * 60_000);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    weekday: ((t.getUTCDay() + 6) % 7) + 1,
  };
}

const dmy = (d: LocalParts): string => `${pad2(d.day)}/${pad2(d.month)}/${String(d.year).padStart(4, '0')}`;

/** "10/12/2026" */
export function dateVi(at: Date | string, zone = VN_ZONE): string {
  return dmy(local(at, zone));
}

/** "Thứ Năm, 10/12/2026" */
export function dayDateVi(at: Date | string, zone = VN_ZONE): string {
  const d = local(at, zone);
  return `${WEEKDAYS[d.weekday - 1]}, ${dmy(d)}`;
}

/** "08:00" (24-hour clock) */
export function timeVi(at: Date | string, zone = VN_ZONE): string {
  const d = local(at, zone);
  return `${pad2(d.hour)}:${pad2(d.minute)}`;
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
const COUNT_FORMAT = new Intl.NumberFormat('vi-VN');

export function countVi(n: number): string {
  return COUNT_FORMAT.format(n);
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
  const d = local(at, zone);
  return `${String(d.year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}
