/**
 * When the desk may record that a citizen has arrived: only on the session's local day, from a configurable time
 * before it starts (CHECKIN_OPENS_MINUTES_BEFORE, default 120) until the end of that day. Before, a code could be
 * "checked in" days ahead and then written into the minutes as if the citizen had been received. Pure.
 */
import { DateTime } from '../../common/time/luxon.js';

export interface CheckInWindow {
  opensAt: Date;
  /** Exclusive: the first instant of the next local day. */
  closesAt: Date;
}

export function checkInWindow(startsAt: Date, timeZone: string, opensMinutesBefore: number): CheckInWindow {
  const start = DateTime.fromJSDate(startsAt, { zone: timeZone });
  const dayStart = start.startOf('day');
  const early = start.minus({ minutes: opensMinutesBefore });
  const opens = early < dayStart ? dayStart : early;
  return { opensAt: opens.toJSDate(), closesAt: dayStart.plus({ days: 1 }).toJSDate() };
}

export type CheckInVerdict =
  | { ok: true }
  | { ok: false; code: 'CHECK_IN_NOT_OPEN' | 'CHECK_IN_CLOSED'; message: string; opensAt: string; closesAt: string };

export function checkInVerdict(
  now: Date,
  startsAt: Date,
  timeZone: string,
  opensMinutesBefore: number,
): CheckInVerdict {
  const w = checkInWindow(startsAt, timeZone, opensMinutesBefore);
  const opens = DateTime.fromJSDate(w.opensAt, { zone: timeZone });
  const day = DateTime.fromJSDate(startsAt, { zone: timeZone }).toFormat('dd/MM/yyyy');
  const window = { opensAt: w.opensAt.toISOString(), closesAt: w.closesAt.toISOString() };
  if (now.getTime() < w.opensAt.getTime()) {
    return {
      ok: false,
      code: 'CHECK_IN_NOT_OPEN',
      message: `Chưa đến giờ ghi nhận có mặt: chỉ ghi nhận từ ${opens.toFormat('HH:mm')} ngày ${day}, ngày tiếp công dân.`,
      ...window,
    };
  }
  if (now.getTime() >= w.closesAt.getTime()) {
    return {
      ok: false,
      code: 'CHECK_IN_CLOSED',
      message: `Đã hết ngày tiếp công dân ${day}: không thể ghi nhận có mặt nữa.`,
      ...window,
    };
  }
  return { ok: true };
}
