/**
 * Local-day helpers for deadlines: a due date is a local calendar day in the body's zone, and
 * it expires at the end of that day. Luxon only; never the process time zone.
 */
import { DateTime } from '../../common/time/luxon.js';
import type { IsoDate } from '../../calendar/domain/calendar.types.js';
import { assertIsoDate } from '../../calendar/domain/iso-date.js';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The last millisecond of `date` in `zone`, as a UTC ISO instant (e.g. `2026-03-02T16:59:59.999Z`). */
export function endOfLocalDay(date: IsoDate, zone: string = DEFAULT_TIME_ZONE): string {
  assertIsoDate(date);
  const dt = DateTime.fromISO(date, { zone });
  if (!dt.isValid) throw new RangeError(`Invalid date or time zone: ${date} ${zone}`);
  return dt.endOf('day').toUTC().toISO() as string;
}

/** The local calendar day in `zone` of an instant (ISO string with offset, or a Date). */
export function localDateOf(instant: string | Date, zone: string = DEFAULT_TIME_ZONE): IsoDate {
  const dt = (
    typeof instant === 'string' ? DateTime.fromISO(instant, { setZone: true }) : DateTime.fromJSDate(instant)
  ).setZone(zone);
  if (!dt.isValid) throw new RangeError(`Invalid instant or time zone: ${String(instant)} ${zone}`);
  return dt.toISODate() as IsoDate;
}
