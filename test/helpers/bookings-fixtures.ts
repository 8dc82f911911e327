/** Shared set-up of the bookings e2e specs: sessions created and published through the sessions API, citizens. */
import { DateTime } from '../../src/common/time/luxon.js';
import { api } from './client.js';
import { bearer, type TestServer } from './server.js';
import type { Body } from './api-types.js';

export interface SessionSpec {
  seats?: number;
  slotMinutes?: number;
  /** Length of the session in minutes (default 120). */
  minutes?: number;
  /** Local date; default: the next free working day at least 14 days from `from`. */
  date?: string;
  publish?: boolean;
}

export interface MadeSession {
  id: string;
  startsAt: string;
  endsAt: string;
  localDate: string;
  officialId: string;
}

/** A valid 12-digit CCCD, unique per n (province 031, born 1985). */
export const cccd = (n: number) => `031085${String(n).padStart(6, '0')}`;
/** A valid Vietnamese mobile number, unique per n. */
export const phone = (n: number) => `09${String(n).padStart(8, '0')}`;

export function citizen(n: number, extra: Record<string, unknown> = {}) {
  return {
    fullName: 'Nguyễn Thị Hồng Nhung',
    idNumber: cccd(n),
    phone: phone(n),
    address: 'Số 5 phố Lạch Tray, phường Lê Chân, Hải Phòng',
    topic: 'Kiến nghị về việc cấp giấy chứng nhận quyền sử dụng đất',
    ...extra,
  };
}

function isWeekday(d: DateTime): boolean {
  return d.weekday <= 5;
}

/** Holidays of the seeded calendar are avoided by staying on weekdays outside Tết and the fixed days. */
const AVOID = new Set(['01-01', '04-30', '05-01', '09-01', '09-02']);

/** Makes sessions on distinct days for the office user's unit (the demo ward) and publishes them. */
export async function sessionMaker(t: TestServer, fromIso: string = new Date().toISOString()) {
  const office = await t.token('office');
  const me = await t.http().get(api('/officials')).set(bearer(office));
  const officials = me.body as Body<'get', '/officials'>;
  const venues = (await t.http().get(api('/venues')).set(bearer(office))).body as Body<'get', '/venues'>;
  const official =
    officials.find((o) => o.position === 'head' && venues.some((v) => v.unitId === o.unitId)) ?? officials[0]!;
  const venue = venues.find((v) => v.unitId === official.unitId) ?? venues[0]!;
  let next = DateTime.fromISO(fromIso, { zone: 'Asia/Ho_Chi_Minh' }).startOf('day').plus({ days: 14 });
  const used = new Set<string>();

  return async function make(spec: SessionSpec = {}): Promise<MadeSession> {
    let day: DateTime;
    if (spec.date) day = DateTime.fromISO(spec.date, { zone: 'Asia/Ho_Chi_Minh' });
    else {
      while (
        !isWeekday(next) ||
        AVOID.has(next.toFormat('MM-dd')) ||
        (next.month === 2 && next.day >= 10 && next.day <= 25) ||
        used.has(next.toISODate()!)
      )
        next = next.plus({ days: 1 });
      day = next;
      next = next.plus({ days: 1 });
    }
    used.add(day.toISODate()!);
    const startsAt = day.set({ hour: 8 }).toUTC().toISO()!;
    const endsAt = day
      .set({ hour: 8 })
      .plus({ minutes: spec.minutes ?? 120 })
      .toUTC()
      .toISO()!;
    const body = {
      officialId: official.id,
      venueId: venue.id,
      startsAt,
      endsAt,
      adHocReason: 'complex_case',
      note: 'Vụ việc đông người cần tiếp đột xuất',
      slotMinutes: spec.slotMinutes ?? 30,
      seatsPerSlot: spec.seats ?? 5,
    };
    const res = await t.http().post(api('/sessions')).set(bearer(office)).send(body);
    if (res.status !== 201) throw new Error(`POST /sessions: ${res.status} ${JSON.stringify(res.body)}`);
    const id = res.body.id as string;
    if (spec.publish !== false) {
      const pub = await t
        .http()
        .post(api(`/sessions/${id}/publish`))
        .set(bearer(office))
        .send({ override: true, reason: 'Công bố gấp để kiểm thử đặt lịch' });
      if (pub.status !== 200) throw new Error(`publish: ${pub.status} ${JSON.stringify(pub.body)}`);
    }
    return { id, startsAt, endsAt, localDate: day.toISODate()!, officialId: official.id };
  };
}
