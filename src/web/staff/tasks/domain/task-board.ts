/**
 * Pure rules of the task board pages (`/can-bo/cong-viec`): the filters read from the query, the page asked for, and
 * the working days left to a due day in words. Working days are counted by the calendar's own rule
 * (`countWorkingDaysBetween`), never re-implemented here.
 */
import type { IsoDate } from '../../../../calendar/domain/calendar.types.js';
import { countWorkingDaysBetween, daysBetween, type CalendarLike } from '../../../../calendar/domain/working-days.js';
import { isPetitionType, type PetitionType } from '../../../../petitions/domain/petition-types.js';

/** The status filter of the board, in the order of its select; `active` (the default) = not yet done nor returned. */
export const BOARD_STATUSES = {
  active: 'Đang phải xử lý (quá hạn trước)',
  overdue: 'Quá hạn',
  open: 'Còn hạn',
  returned: 'Bị trả lại',
  done: 'Đã xong',
  all: 'Tất cả',
} as const;
export type BoardStatus = keyof typeof BOARD_STATUSES;

export interface BoardFilter {
  status: BoardStatus;
  type?: PetitionType;
  /** The page asked for (1-based), before clamping to the pages that exist. */
  page: number;
}

const text = (v: unknown, max = 40): string => (typeof v === 'string' ? v.normalize('NFC').trim().slice(0, max) : '');

/** The page number of `?trang=` (1 when absent or malformed). */
export function pageAsked(raw: unknown): number {
  const s = text(raw, 7);
  return /^\d{1,6}$/.test(s) ? Math.max(1, Number(s)) : 1;
}

/** The board's filters from the query (`trang-thai`, `loai`, `trang`); anything unknown falls back to the default. */
export function boardFilter(q: Record<string, unknown>): BoardFilter {
  const status = text(q['trang-thai']);
  const type = text(q.loai);
  return {
    status: status in BOARD_STATUSES ? (status as BoardStatus) : 'active',
    ...(isPetitionType(type) ? { type } : {}),
    page: pageAsked(q.trang),
  };
}

/** The filters as query parameters (for the pagination links), defaults left out. */
export function boardQuery(f: BoardFilter): Record<string, string> {
  return { ...(f.status !== 'active' ? { 'trang-thai': f.status } : {}), ...(f.type ? { loai: f.type } : {}) };
}

/** How far (in calendar days) working days are counted; a due day further away is said as "more than …". */
export const COUNT_HORIZON_DAYS = 90;

/**
 * Working days from `today` to `dueOn`: positive while time is left, 0 on the due day, negative once it is passed;
 * null when the due day is more than `horizon` calendar days away (a task overdue for years is not walked day by day).
 */
export function workingDaysLeft(
  calendar: CalendarLike,
  today: IsoDate,
  dueOn: IsoDate,
  horizon = COUNT_HORIZON_DAYS,
): number | null {
  if (Math.abs(daysBetween(today, dueOn)) > horizon) return null;
  return countWorkingDaysBetween(calendar, today, dueOn);
}

/** "Còn 3 ngày làm việc", "Đến hạn hôm nay", "Quá hạn 2 ngày làm việc"; beyond the horizon "Quá hạn hơn 90 ngày". */
export function daysLeftVi(n: number | null, late = false, horizon = COUNT_HORIZON_DAYS): string {
  if (n === null) return late ? `Quá hạn hơn ${horizon} ngày` : `Còn hơn ${horizon} ngày`;
  if (n > 0) return `Còn ${n} ngày làm việc`;
  if (n === 0) return 'Đến hạn hôm nay';
  return `Quá hạn ${-n} ngày làm việc`;
}

/** A reason typed in a form: trimmed, and long enough to say something (null when too short). */
export function reasonOf(raw: unknown, min = 10, max = 1000): string | null {
  const s = typeof raw === 'string' ? raw.normalize('NFC').trim() : '';
  return s.length >= min && s.length <= max ? s : null;
}

/** A local date (yyyy-mm-dd) as an instant at noon in Việt Nam (05:00 UTC), for the Luxon-free formats of format.ts. */
export function noonOf(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!, 5));
}
