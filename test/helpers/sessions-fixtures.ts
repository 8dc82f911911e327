/** Shared set-up of the schedules, sessions and compliance e2e specs. */
import { expect } from '@jest/globals';
import { api } from './client.js';
import { DEMO_PASSWORD } from './credentials.js';
import { bearer, type TestServer } from './server.js';
import type { Body, Schema } from './api-types.js';

export interface Org {
  office: string;
  admin: string;
  unitId: string;
  venueId: string;
  head: string;
  deputy: string;
  member: string;
}

/** A head (government), a deputy, a member and a venue in the office user's unit (the demo ward), created over HTTP. */
export async function makeOrg(t: TestServer, tag: string, body: 'government' | 'party' = 'government'): Promise<Org> {
  const office = await t.token('office');
  const admin = await t.token('admin');
  const login = await t.http().post(api('/auth/login')).send({ username: 'office', password: DEMO_PASSWORD });
  const unitId = login.body.user.unitId as string;
  const official = async (fullName: string, position: string) => {
    const res = await t
      .http()
      .post(api('/officials'))
      .set(bearer(office))
      .send({ fullName, title: `Chức danh ${position}`, unitId, position, body });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const venue = await t
    .http()
    .post(api('/venues'))
    .set(bearer(office))
    .send({ name: `Phòng tiếp ${tag}`, address: 'Số 1 đường Kiểm Thử, Hải Phòng', unitId });
  expect(venue.status).toBe(201);
  return {
    office,
    admin,
    unitId,
    venueId: venue.body.id,
    head: await official(`Trưởng ${tag}`, 'head'),
    deputy: await official(`Phó ${tag}`, 'deputy'),
    member: await official(`Cán bộ ${tag}`, 'member'),
  };
}

export function scheduleBody(org: Pick<Org, 'head' | 'venueId'>, extra: Record<string, unknown>) {
  return {
    officialId: org.head,
    venueId: org.venueId,
    startTime: '08:00',
    durationMinutes: 180,
    holidayPolicy: 'next_working_day',
    slotMinutes: 30,
    seatsPerSlot: 5,
    ...extra,
  };
}

/** A session as GET /sessions answers it (the documented `SessionOutput`). */
export type SessionRow = Schema<'SessionOutput'>;

export async function sessionsOf(t: TestServer, token: string, query: Record<string, string>): Promise<SessionRow[]> {
  const res = await t.http().get(api('/sessions')).query(query).set(bearer(token));
  expect(res.status).toBe(200);
  return res.body as Body<'get', '/sessions'>;
}
