/**
 * The office's calendar (`/can-bo/lich`): which days a month or a week view shows, the links before and after, and
 * the tags of a session. Pure: local dates are `YYYY-MM-DD` strings, computed without the process TZ.
 */

export type CalendarView =
  | { kind: 'month'; month: string; from: string; to: string; days: string[] }
  | { kind: 'week'; week: string; from: string; to: string; days: string[] };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date): string => d.toISOString().slice(0, 10);

export function addDaysIso(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  return ((toDate(iso).getUTCDay() + 6) % 7) + 1;
}

function validDate(raw: string): boolean {
  const m = DATE.exec(raw);
  if (!m) return false;
  return toIso(toDate(raw)) === raw;
}

/** The Monday of the week of a date. */
export function mondayOf(iso: string): string {
  return addDaysIso(iso, 1 - isoWeekday(iso));
}

/** The days from the Monday before the 1st to the Sunday after the last day (whole weeks). */
function monthDays(month: string): { from: string; to: string; days: string[] } {
  const first = `${month}-01`;
  const next = nextMonth(month);
  const last = addDaysIso(`${next}-01`, -1);
  const start = mondayOf(first);
  const end = addDaysIso(mondayOf(last), 6);
  const days: string[] = [];
  for (let d = start; d <= end; d = addDaysIso(d, 1)) days.push(d);
  return { from: first, to: last, days };
}

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The view asked for: `?tuan=YYYY-MM-DD` (any day of the week; the week from its Monday) wins over `?thang=YYYY-MM`;
 * anything else is the month of `today`. Unreadable values fall back to today's month (never an error page).
 */
export function calendarView(query: { thang?: unknown; tuan?: unknown }, today: string): CalendarView {
  if (typeof query.tuan === 'string' && validDate(query.tuan)) {
    const week = mondayOf(query.tuan);
    const days = Array.from({ length: 7 }, (_, i) => addDaysIso(week, i));
    return { kind: 'week', week, from: week, to: days[6]!, days };
  }
  const month = typeof query.thang === 'string' && MONTH.exec(query.thang) ? query.thang : today.slice(0, 7);
  return { kind: 'month', month, ...monthDays(month) };
}

const WEEKDAY_NAMES = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];

/** A local date as "Thứ Hai, 07/12/2026", by arithmetic (no zone lookup: the page names 42 days). */
export function isoDateVi(iso: string): string {
  return `${WEEKDAY_NAMES[isoWeekday(iso) - 1]}, ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** "Tháng 12/2026" */
export function monthTitle(month: string): string {
  const [y, m] = month.split('-');
  return `Tháng ${Number(m)}/${y}`;
}

/** The session's tags: its status, then what changed it (moved by a holiday or by the office, delegated). */
export function sessionTags(s: {
  status: string;
  shiftedFrom: string | null;
  delegateOfficialId: string | null;
  modified: boolean;
  changeReason: string | null;
}): string[] {
  const tags = [s.status];
  if (s.status === 'cancelled') return tags;
  if (s.shiftedFrom || (s.modified && s.changeReason && !s.delegateOfficialId)) tags.push('moved');
  if (s.delegateOfficialId) tags.push('delegated');
  return tags;
}

/** Items grouped by local date, each day's items in the given order. */
export function byDay<T extends { localDate: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const list = out.get(it.localDate);
    if (list) list.push(it);
    else out.set(it.localDate, [it]);
  }
  return out;
}
