import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ical from 'node-ical';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { cccd, citizen, type MadeSession, phone, sessionMaker } from './helpers/bookings-fixtures.js';
import { api } from './helpers/client.js';

describe('bookings: slots, validation, group rules, duplicates, managing, waitlist, staff, privacy', () => {
  let t: TestServer;
  let make: Awaited<ReturnType<typeof sessionMaker>>;
  beforeAll(async () => {
    t = await startServer();
    make = await sessionMaker(t);
  });
  afterAll(() => t.close());

  const book = (s: MadeSession, n: number, extra: Record<string, unknown> = {}) =>
    t
      .http()
      .post(api('/bookings'))
      .send({ sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(n), ...extra });

  it('shows the slot grid of a published session only, with remaining seats', async () => {
    const s = await make({ seats: 3, slotMinutes: 30, minutes: 120 });
    const res = await t.http().get(api(`/sessions/${s.id}/slots`));
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(4);
    expect(res.body[0]).toEqual({
      startsAt: s.startsAt,
      endsAt: new Date(Date.parse(s.startsAt) + 30 * 60_000).toISOString(),
      seats: 3,
      remaining: 3,
      mode: 'in_person',
      seatsInPerson: 3,
      remainingInPerson: 3,
      seatsOnline: null,
      remainingOnline: null,
      recording: null,
    });
    expect((await book(s, 1)).status).toBe(201);
    expect((await t.http().get(api(`/sessions/${s.id}/slots`))).body[0].remaining).toBe(2);
    const planned = await make({ publish: false });
    expectProblem(await t.http().get(api(`/sessions/${planned.id}/slots`)), 404);
    expectProblem(await book(planned, 2), 404);
    expectProblem(await t.http().get(api('/sessions/not-a-uuid/slots')), 404);
  });

  it('validates citizen data with Vietnamese rules and names each bad field', async () => {
    const s = await make();
    const ok = await book(s, 10, {
      fullName: '  Đặng Thị Ngọc   Ánh ',
      idNumber: '031 085 000 010',
      phone: '+84 91 234 5678',
      petitionType: 'complaint',
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      status: 'confirmed',
      sessionId: s.id,
      slotStartsAt: s.startsAt,
      code: expect.stringMatching(/^HP-[2-9A-Z]{4}-[2-9A-Z]{4}$/),
      manageToken: expect.stringMatching(/^[\w-]{43}$/),
    });
    const bad = await book(s, 11, { fullName: 'Nguyen Van 3', idNumber: '123456789', phone: '12345' });
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['fullName', 'idNumber', 'phone']);
    expect(JSON.stringify(bad.body)).not.toContain('123456789');
    expectProblem(await book(s, 12, { topic: 'x'.repeat(2001) }), 400, 'VALIDATION_FAILED');
    expectProblem(await book(s, 13, { petitionType: 'other' }), 400, 'VALIDATION_FAILED');
    expectProblem(
      await book(s, 14, { slotStartsAt: new Date(Date.parse(s.startsAt) + 60_000).toISOString() }),
      400,
      'SLOT_NOT_FOUND',
    );
    expectProblem(await book(s, 15, { unknown: 1 }), 400, 'VALIDATION_FAILED');
    // A passport number is accepted too.
    expect((await book(s, 16, { idNumber: 'B1234567' })).status).toBe(201);
  });

  it('applies the group rules of Decree 124/2020 and counts seats by the people attending', async () => {
    const s = await make({ seats: 6 });
    const reps = (from: number, k: number) =>
      Array.from({ length: k }, (_, i) => ({ fullName: 'Lê Văn Đại Diện', idNumber: cccd(from + i) }));
    const tooMany = await book(s, 20, { groupSize: 7, representatives: reps(100, 2) });
    expectProblem(tooMany, 400, 'GROUP_TOO_MANY_REPRESENTATIVES');
    expect(tooMany.body.detail).toContain('124/2020');
    expectProblem(
      await book(s, 21, { groupSize: 12, representatives: reps(110, 5) }),
      400,
      'GROUP_TOO_MANY_REPRESENTATIVES',
    );
    expectProblem(await book(s, 22, { groupSize: 3, representatives: reps(120, 3) }), 400, 'GROUP_TOO_MANY_ATTENDEES');
    expectProblem(
      await book(s, 23, { groupSize: 3, representatives: [{ fullName: 'Lê Văn Trùng', idNumber: cccd(23) }] }),
      400,
      'GROUP_DUPLICATE_PERSON',
    );
    const group = await book(s, 24, { groupSize: 12, representatives: reps(130, 4) });
    expect(group.status).toBe(201);
    expect((await t.http().get(api(`/sessions/${s.id}/slots`))).body[0].remaining).toBe(1);
    const small = await book(s, 25, { groupSize: 2 });
    expectProblem(small, 409, 'NOT_ENOUGH_SEATS');
    expect(small.body).toMatchObject({ remainingSeats: 1, requestedSeats: 2 });
    expect(small.body.detail).toContain('chỉ còn 1 chỗ');
    expect((await book(s, 26)).status).toBe(201);
    expectProblem(await book(s, 27), 409, 'SLOT_FULL');
  });

  it('keeps one active booking per citizen ID per session, whatever the spelling of the number', async () => {
    const s = await make();
    const first = await book(s, 30);
    expect(first.status).toBe(201);
    const again = await book(s, 30, {
      idNumber: '031-085-000030',
      slotStartsAt: new Date(Date.parse(s.startsAt) + 30 * 60_000).toISOString(),
    });
    expectProblem(again, 409, 'DUPLICATE_BOOKING');
    const cancel = await t
      .http()
      .post(api(`/bookings/${first.body.code}/cancel`))
      .set('X-Manage-Token', first.body.manageToken);
    expect(cancel.status).toBe(200);
    expect((await book(s, 30)).status).toBe(201);
    const other = await make();
    expect((await book(other, 30)).status).toBe(201);
  });

  it('keeps one active place per person per session for representatives too, without saying who', async () => {
    const s = await make({ seats: 20 });
    const alone = await book(s, 40);
    expect(alone.status).toBe(201);
    // A group naming a person who already booked alone.
    const withBooked = await book(s, 41, {
      groupSize: 6,
      representatives: [{ fullName: 'Nguyễn Văn Đã Đặt', idNumber: cccd(40) }],
    });
    expectProblem(withBooked, 409, 'DUPLICATE_BOOKING');
    expect(withBooked.body.detail).toContain('người đại diện');
    expect(JSON.stringify(withBooked.body)).not.toContain(cccd(40));
    // The failed group took no seat and left no trace: its booker can still book alone.
    expect((await t.http().get(api(`/sessions/${s.id}/slots`))).body[0].remaining).toBe(19);
    // A representative of one group cannot book alone, nor come with a second group, while that group holds its place.
    const group = await book(s, 42, {
      groupSize: 6,
      representatives: [{ fullName: 'Phạm Thị Đại Diện', idNumber: cccd(43) }],
    });
    expect(group.status).toBe(201);
    expectProblem(await book(s, 43), 409, 'DUPLICATE_BOOKING');
    expectProblem(
      await book(s, 44, { groupSize: 5, representatives: [{ fullName: 'Phạm Thị Đại Diện', idNumber: cccd(43) }] }),
      409,
      'DUPLICATE_BOOKING',
    );
    // Once the group cancels, the representative may book.
    const cancel = await t
      .http()
      .post(api(`/bookings/${group.body.code}/cancel`))
      .set('X-Manage-Token', group.body.manageToken);
    expect(cancel.status).toBe(200);
    expect((await book(s, 43)).status).toBe(201);
    expect((await book(s, 41)).status).toBe(201);
    const rows = await t.db.query(
      "SELECT COUNT(*) AS n FROM booking_attendees WHERE session_id = '" + s.id + "' AND active = TRUE",
    );
    expect(Number((rows as { n: number | string }[])[0]!.n)).toBe(3); // 40, 43 and 41 alone
  });

  it('lets the holder of code and token view, download and cancel; anything else is the same 404', async () => {
    const s = await make();
    const res = await book(s, 40, { email: 'nhung@example.vn', groupSize: 2 });
    const { code, manageToken } = res.body;
    const view = await t
      .http()
      .get(api(`/bookings/${code.toLowerCase().replace(/-/g, ' ')}`))
      .set('X-Manage-Token', manageToken);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      code,
      status: 'confirmed',
      sessionId: s.id,
      slotStartsAt: s.startsAt,
      fullName: 'Nguyễn Thị Hồng Nhung',
      groupSize: 2,
      seats: 2,
      idNumber: '031******040',
      phone: '+8490****040',
    });
    const wrongToken = await t
      .http()
      .get(api(`/bookings/${code}`))
      .set('X-Manage-Token', 'A'.repeat(43));
    const noToken = await t.http().get(api(`/bookings/${code}`));
    const wrongCode = await t.http().get(api('/bookings/HP-2222-2222')).set('X-Manage-Token', manageToken);
    for (const r of [wrongToken, noToken, wrongCode]) expectProblem(r, 404, 'NOT_FOUND');
    expect(wrongToken.body.detail).toBe(wrongCode.body.detail);
    expectProblem(
      await t
        .http()
        .post(api(`/bookings/${code}/cancel`))
        .set('X-Manage-Token', 'B'.repeat(43)),
      404,
    );

    const ics = await t
      .http()
      .get(api(`/bookings/${code}/ics`))
      .set('X-Manage-Token', manageToken)
      .buffer(true)
      .parse((r, cb) => {
        let d = '';
        r.on('data', (c) => (d += c));
        r.on('end', () => cb(null, d));
      });
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    const events = Object.values(ical.sync.parseICS(ics.body as string)).filter(
      (c) => c?.type === 'VEVENT',
    ) as ical.VEvent[];
    expect(events).toHaveLength(1);
    expect(events[0]!.start.toISOString()).toBe(s.startsAt);
    expect(String(events[0]!.summary)).toContain('Tiếp công dân');
    expect(String(events[0]!.description)).toContain(code);

    expect(
      (
        await t
          .http()
          .post(api(`/bookings/${code}/cancel`))
          .set('X-Manage-Token', manageToken)
      ).status,
    ).toBe(200);
    expect(
      (
        await t
          .http()
          .get(api(`/bookings/${code}`))
          .set('X-Manage-Token', manageToken)
      ).body.status,
    ).toBe('cancelled');
    expect((await t.http().get(api(`/sessions/${s.id}/slots`))).body[0].remaining).toBe(5);
  });

  it('puts people on a waitlist when asked, and promotes first-fit in line order on a cancellation', async () => {
    const s = await make({ seats: 2 });
    const a = await book(s, 50, { groupSize: 2 });
    expect(a.status).toBe(201);
    expectProblem(await book(s, 51), 409, 'SLOT_FULL');
    const group = await book(s, 52, { groupSize: 3, waitlist: true });
    expect(group.status).toBe(202);
    expect(group.body).toMatchObject({
      status: 'waitlisted',
      position: 1,
      code: expect.any(String),
      manageToken: expect.any(String),
    });
    const single = await book(s, 53, { waitlist: true });
    expect(single.body).toMatchObject({ status: 'waitlisted', position: 2 });
    const single2 = await book(s, 54, { waitlist: true });
    expect(single2.body.position).toBe(3);
    const get = (r: { body: { code: string; manageToken: string } }) =>
      t
        .http()
        .get(api(`/bookings/${r.body.code}`))
        .set('X-Manage-Token', r.body.manageToken);
    expect((await get(single)).body).toMatchObject({ status: 'waitlisted', position: 2 });

    // Two seats free: the group of 3 does not fit and keeps its place; the two singles behind it are promoted.
    expect(
      (
        await t
          .http()
          .post(api(`/bookings/${a.body.code}/cancel`))
          .set('X-Manage-Token', a.body.manageToken)
      ).status,
    ).toBe(200);
    expect((await get(single)).body.status).toBe('confirmed');
    expect((await get(single2)).body.status).toBe('confirmed');
    expect((await get(group)).body).toMatchObject({ status: 'waitlisted', position: 1 });
    expect((await t.http().get(api(`/sessions/${s.id}/slots`))).body[0].remaining).toBe(0);
  });

  it('gives staff of the unit the list (masked except for the secretary), check-in and no-show', async () => {
    const s = await make();
    const b = await book(s, 60, {
      email: 'tran.b@example.vn',
      representatives: [{ fullName: 'Trần Văn Bình', idNumber: cccd(61) }],
      groupSize: 2,
    });
    expect(b.status).toBe(201);
    expectProblem(await t.http().get(api(`/sessions/${s.id}/bookings`)), 401);
    const officeList = await t
      .http()
      .get(api(`/sessions/${s.id}/bookings`))
      .set(bearer(await t.token('office')));
    expect(officeList.status).toBe(200);
    expect(officeList.body[0]).toMatchObject({
      code: b.body.code,
      idNumber: '031******060',
      phone: '+8490****060',
      email: 't***@example.vn',
    });
    expect(officeList.body[0].representatives[0].idNumber).toBe('031******061');
    expect(JSON.stringify(officeList.body)).not.toContain(cccd(60));
    const secretaryList = await t
      .http()
      .get(api(`/sessions/${s.id}/bookings`))
      .set(bearer(await t.token('secretary')));
    expect(secretaryList.body[0]).toMatchObject({
      idNumber: cccd(60),
      phone: `+84${phone(60).slice(1)}`,
      email: 'tran.b@example.vn',
    });
    expectProblem(
      await t
        .http()
        .post(api(`/bookings/${b.body.code}/check-in`))
        .set(bearer(await t.token('handler'))),
      403,
    );
    const noShowEarly = await t
      .http()
      .post(api(`/bookings/${b.body.code}/no-show`))
      .set(bearer(await t.token('secretary')));
    expectProblem(noShowEarly, 409, 'SESSION_NOT_STARTED');
    // The session is two weeks away: check-in opens only on its day (test/check-in.e2e-spec.ts covers the window).
    expectProblem(
      await t
        .http()
        .post(api(`/bookings/${b.body.code}/check-in`))
        .set(bearer(await t.token('secretary'))),
      422,
      'CHECK_IN_NOT_OPEN',
    );
    expect(
      (
        await t
          .http()
          .get(api(`/sessions/${s.id}/bookings`))
          .set(bearer(await t.token('office')))
      ).body[0].status,
    ).toBe('confirmed');
    expectProblem(await book(s, 60), 409, 'DUPLICATE_BOOKING');
  });

  it('limits booking attempts per citizen ID number, whatever the client address', async () => {
    const s = await make();
    const wrongSlot = new Date(Date.parse(s.startsAt) + 60_000).toISOString();
    for (let i = 0; i < 10; i += 1)
      expectProblem(await book(s, 80, { slotStartsAt: wrongSlot }), 400, 'SLOT_NOT_FOUND');
    const limited = await book(s, 80, { idNumber: '031 085 000 080' });
    expectProblem(limited, 429, 'TOO_MANY_REQUESTS');
    expect((await book(s, 81)).status).toBe(201);
    // Naming someone as a representative counts against their number too (no probing whether they booked).
    const probe = (n: number) =>
      book(s, n, {
        groupSize: 5,
        representatives: [{ fullName: 'Hoàng Văn Bị Dò', idNumber: cccd(90) }],
        slotStartsAt: wrongSlot,
      });
    for (let i = 0; i < 10; i += 1) expectProblem(await probe(100 + i), 400, 'SLOT_NOT_FOUND');
    expectProblem(await probe(120), 429, 'TOO_MANY_REQUESTS');
    expectProblem(await book(s, 90), 429, 'TOO_MANY_REQUESTS');
  });

  it('stores ID, phone and e-mail encrypted and never writes them to the log', async () => {
    const s = await make();
    const res = await book(s, 70, { email: 'rieng.tu@example.vn' });
    expect(res.status).toBe(201);
    await book(s, 70);
    await book(s, 71, { phone: 'abc' });
    const rows = await t.db.query<Record<string, unknown>>('SELECT * FROM bookings WHERE code = $1', [res.body.code]);
    const dump = JSON.stringify(rows);
    expect(rows).toHaveLength(1);
    for (const secret of [cccd(70), phone(70), phone(70).slice(1), 'rieng.tu@example.vn', res.body.manageToken]) {
      expect(dump).not.toContain(secret);
      expect(t.logs()).not.toContain(secret);
    }
    expect(t.logs()).not.toContain(cccd(71));
    expect(String(rows[0]!.id_number_enc)).toMatch(/^v3:k0:/);
  });
});
