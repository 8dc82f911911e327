/** Shared set-up of the bookings e2e specs: published sessions (through the sessions API when it exists), citizens. */
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { ON_POSTGRES } from './helpers/test-db.js';
import { bearer, type TestServer } from './helpers/server.js';

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
  return { fullName: 'Nguyễn Thị Hồng Nhung', idNumber: cccd(n), phone: phone(n), address: 'Số 5 phố Lạch Tray, phường Lê Chân, Hải Phòng', topic: 'Kiến nghị về việc cấp giấy chứng nhận quyền sử dụng đất', ...extra };
}

function isWeekday(d: DateTime): boolean {
  return d.weekday <= 5;
}

/** Holidays of the seeded calendar are avoided by staying on weekdays outside Tết and the fixed days. */
const AVOID = new Set(['01-01', '04-30', '05-01', '09-01', '09-02']);

function sqlInstant(iso: string): string {
  return ON_POSTGRES ? iso : iso.replace('T', ' ').replace('Z', '');
}

/** Makes sessions on distinct days for the office user's unit (the demo ward) and publishes them. */
export async function sessionMaker(t: TestServer, fromIso: string = new Date().toISOString()) {
  const office = await t.token('office');
  const me = await t.http().get('/api/v1/officials').set(bearer(office));
  const officials = (me.body as { id: string; unitId: string; position: string }[]);
  const venues = (await t.http().get('/api/v1/venues').set(bearer(office))).body as { id: string; unitId: string }[];
  const official = officials.find((o) => o.position === 'head' && venues.some((v) => v.unitId === o.unitId)) ?? officials[0]!;
  const venue = venues.find((v) => v.unitId === official.unitId) ?? venues[0]!;
  let next = DateTime.fromISO(fromIso, { zone: 'Asia/Ho_Chi_Minh' }).startOf('day').plus({ days: 14 });
  const used = new Set<string>();
  let viaApi: boolean | null = null;

  return async function make(spec: SessionSpec = {}): Promise<MadeSession> {
    let day: DateTime;
    if (spec.date) day = DateTime.fromISO(spec.date, { zone: 'Asia/Ho_Chi_Minh' });
    else {
      while (!isWeekday(next) || AVOID.has(next.toFormat('MM-dd')) || (next.month === 2 && next.day >= 10 && next.day <= 25) || used.has(next.toISODate()!)) next = next.plus({ days: 1 });
      day = next;
      next = next.plus({ days: 1 });
    }
    used.add(day.toISODate()!);
    const startsAt = day.set({ hour: 8 }).toUTC().toISO()!;
    const endsAt = day.set({ hour: 8 }).plus({ minutes: spec.minutes ?? 120 }).toUTC().toISO()!;
    const body = { officialId: official.id, venueId: venue.id, startsAt, endsAt, adHocReason: 'complex_case', note: 'Vụ việc đông người cần tiếp đột xuất', slotMinutes: spec.slotMinutes ?? 30, seatsPerSlot: spec.seats ?? 5 };
    let id: string;
    if (viaApi !== false) {
      const res = await t.http().post('/api/v1/sessions').set(bearer(office)).send(body);
      if (res.status === 404 && viaApi === null) viaApi = false;
      else {
        if (res.status !== 201) throw new Error(`POST /sessions: ${res.status} ${JSON.stringify(res.body)}`);
        viaApi = true;
        id = res.body.id;
        if (spec.publish !== false) {
          const pub = await t.http().post(`/api/v1/sessions/${id}/publish`).set(bearer(office)).send({ override: true, reason: 'Công bố gấp để kiểm thử đặt lịch' });
          if (pub.status !== 200) throw new Error(`publish: ${pub.status} ${JSON.stringify(pub.body)}`);
        }
        return { id, startsAt, endsAt, localDate: day.toISODate()!, officialId: official.id };
      }
    }
    // The sessions API is not there yet: insert the row as the sessions module would.
    id = randomUUID();
    const unit = officials.find((o) => o.id === official.id)!.unitId;
    const now = sqlInstant(new Date().toISOString());
    await t.db.query(
      `INSERT INTO sessions (id, official_id, venue_id, unit_id, starts_at, ends_at, time_zone, local_date, status, ad_hoc, ad_hoc_reason, note, modified, slot_minutes, seats_per_slot, sequence, created_at, updated_at, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'Asia/Ho_Chi_Minh', $7, $8, $9, 'complex_case', 'kiểm thử', $10, $11, $12, 0, $13, $13, $14)`,
      [id, official.id, venue.id, unit, sqlInstant(new Date(startsAt).toISOString()), sqlInstant(new Date(endsAt).toISOString()), day.toISODate(),
        spec.publish === false ? 'planned' : 'published', ON_POSTGRES ? true : 1, ON_POSTGRES ? false : 0, spec.slotMinutes ?? 30, spec.seats ?? 5, now, spec.publish === false ? null : now],
    );
    return { id, startsAt, endsAt, localDate: day.toISODate()!, officialId: official.id };
  };
}

export const api = (path: string) => `/api/v1${path}`;
