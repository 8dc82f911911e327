import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from '../src/common/time/luxon.js';
import ical from 'node-ical';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { startSmtp, type ReceivedMail, type TestSmtp } from './helpers/smtp.js';
import { cccd, citizen, type MadeSession, phone, sessionMaker } from './helpers/bookings-fixtures.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';

const ZONE = 'Asia/Ho_Chi_Minh';

function icsEvents(mail: ReceivedMail): ical.VEvent[] {
  const att = mail.attachments.find((a) => a.filename.endsWith('.ics'));
  expect(att).toBeDefined();
  expect(att!.contentType).toMatch(/^text\/calendar/);
  return Object.values(ical.sync.parseICS(att!.content.toString('utf8'))).filter(
    (c) => c?.type === 'VEVENT',
  ) as ical.VEvent[];
}

/** The working day before a weekday session date (the test sessions avoid holidays). */
function previousWeekday(date: string): DateTime {
  let d = DateTime.fromISO(date, { zone: ZONE }).minus({ days: 1 });
  while (d.weekday > 5) d = d.minus({ days: 1 });
  return d;
}

describe('bookings e-mails through the outbox to a real SMTP server; cut-off', () => {
  let smtp: TestSmtp;
  let t: TestServer;
  let make: Awaited<ReturnType<typeof sessionMaker>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startServer({
      env: { SMTP_URL: smtp.url, JOBS_ENABLED: 'true', TEST_CLOCK: 'true', MAIL_FROM: 'tiepdan@example.vn' },
    });
    make = await sessionMaker(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const book = (s: MadeSession, n: number, extra: Record<string, unknown> = {}) =>
    t
      .http()
      .post(api('/bookings'))
      .send({ sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(n), ...extra });

  it('sends the confirmation with a parseable .ics of the booking, and no ID or phone number', async () => {
    const s = await make();
    const res = await book(s, 1, { email: 'xac.nhan@example.vn' });
    expect(res.status).toBe(201);
    const [mail] = await smtp
      .waitUntil(() => smtp.to('xac.nhan@example.vn').length >= 1)
      .then(() => smtp.to('xac.nhan@example.vn'));
    expect(mail!.subject).toBe(`Xác nhận đăng ký tiếp công dân – ${res.body.code}`);
    expect(mail!.text).toContain('Nguyễn Thị Hồng Nhung');
    expect(mail!.text).toContain(res.body.code);
    for (const secret of [cccd(1), phone(1).slice(1), res.body.manageToken]) expect(mail!.raw).not.toContain(secret);
    const events = icsEvents(mail!);
    expect(events).toHaveLength(1);
    expect(events[0]!.start.toISOString()).toBe(s.startsAt);
    expect(events[0]!.end!.toISOString()).toBe(new Date(Date.parse(s.startsAt) + 30 * 60_000).toISOString());
    expect(String(events[0]!.description)).toContain(res.body.code);
  });

  it('tells a waitlisted person when a cancellation gives them the seat', async () => {
    const s = await make({ seats: 1 });
    const a = await book(s, 10, { email: 'nguoi.dau@example.vn' });
    const b = await book(s, 11, { email: 'nguoi.cho@example.vn', waitlist: true });
    expect([a.status, b.status]).toEqual([201, 202]);
    await smtp.waitUntil(() => smtp.to('nguoi.cho@example.vn').length >= 1);
    expect(smtp.to('nguoi.cho@example.vn')[0]!.subject).toMatch(/^Đã ghi nhận vào danh sách chờ/);
    expect(smtp.to('nguoi.cho@example.vn')[0]!.text).toContain('Vị trí trong danh sách chờ: 1');
    expect(
      (
        await t
          .http()
          .post(api(`/bookings/${a.body.code}/cancel`))
          .set('X-Manage-Token', a.body.manageToken)
      ).status,
    ).toBe(200);
    await smtp.waitUntil(() => smtp.to('nguoi.cho@example.vn').length >= 2);
    const promoted = smtp.to('nguoi.cho@example.vn')[1]!;
    expect(promoted.subject).toBe(`Đã có chỗ: lịch tiếp công dân được xác nhận – ${b.body.code}`);
    expect(icsEvents(promoted)[0]!.status).toBe('CONFIRMED');
  });

  it('tells every booking when the office moves or cancels the session', async () => {
    const s = await make({ seats: 2 });
    const office = bearer(await t.token('office'));
    const a = await book(s, 20, { email: 'doi.gio@example.vn' });
    const b = await book(s, 21, { email: 'doi.gio.2@example.vn' });
    expect([a.status, b.status]).toEqual([201, 201]);
    await smtp.waitUntil(() => smtp.to('doi.gio.2@example.vn').length >= 1);
    const newStart = DateTime.fromISO(s.startsAt).plus({ hours: 2 }).toUTC().toISO()!;
    const moved = await t
      .http()
      .patch(api(`/sessions/${s.id}`))
      .set(office)
      .send({ startsAt: newStart, reason: 'Lãnh đạo bận họp đột xuất' });
    expect(moved.status).toBe(200);
    await smtp.waitUntil(
      () => smtp.to('doi.gio.2@example.vn').length >= 2 && smtp.to('doi.gio@example.vn').length >= 2,
    );
    const notice = smtp.to('doi.gio@example.vn')[1]!;
    expect(notice.subject).toMatch(/^Thay đổi thời gian buổi tiếp công dân/);
    expect(notice.text).toContain('Lãnh đạo bận họp đột xuất');
    expect(icsEvents(notice)[0]!.start.toISOString()).toBe(new Date(newStart).toISOString());
    // The booking follows its session: same place in the day, new time.
    expect(
      (
        await t
          .http()
          .get(api(`/bookings/${a.body.code}`))
          .set('X-Manage-Token', a.body.manageToken)
      ).body.slotStartsAt,
    ).toBe(new Date(newStart).toISOString());

    const cancelled = await t
      .http()
      .patch(api(`/sessions/${s.id}`))
      .set(office)
      .send({ status: 'cancelled', reason: 'Vụ việc đã được giải quyết' });
    expect(cancelled.status).toBe(200);
    await smtp.waitUntil(() => smtp.to('doi.gio@example.vn').length >= 3);
    const gone = smtp.to('doi.gio@example.vn')[2]!;
    expect(gone.subject).toMatch(/^Hủy buổi tiếp công dân/);
    expect(icsEvents(gone)[0]!.status).toBe('CANCELLED');
    expect(
      (
        await t
          .http()
          .get(api(`/bookings/${a.body.code}`))
          .set('X-Manage-Token', a.body.manageToken)
      ).body.status,
    ).toBe('cancelled');
  });

  it('sends the reminder on the working day before, once, and closes booking at the cut-off', async () => {
    const s = await make();
    const res = await book(s, 30, { email: 'nhac.lich@example.vn' });
    expect(res.status).toBe(201);
    await smtp.waitUntil(() => smtp.to('nhac.lich@example.vn').length >= 1);
    const admin = bearer(await t.token('admin'));
    const dayBefore = previousWeekday(s.localDate);
    await setClock(t, dayBefore.set({ hour: 7 }).toUTC().toISO()!);
    expect((await t.http().post(api('/bookings/reminders/run')).set(admin)).body.queued).toBe(0); // before 08:00 local
    await setClock(t, dayBefore.set({ hour: 9 }).toUTC().toISO()!);
    expect((await t.http().post(api('/bookings/reminders/run')).set(admin)).body.queued).toBe(1);
    expect((await t.http().post(api('/bookings/reminders/run')).set(admin)).body.queued).toBe(0);
    await smtp.waitUntil(() => smtp.to('nhac.lich@example.vn').length >= 2);
    const reminder = smtp.to('nhac.lich@example.vn')[1]!;
    expect(reminder.subject).toBe(`Nhắc lịch tiếp công dân – ${res.body.code}`);
    expect(icsEvents(reminder)).toHaveLength(1);

    // Still open until the end of the working day before (local time) …
    await setClock(t, dayBefore.set({ hour: 23, minute: 59 }).toUTC().toISO()!);
    expect((await book(s, 31)).status).toBe(201);
    // … and closed afterwards.
    await setClock(t, dayBefore.plus({ days: 1 }).startOf('day').plus({ minutes: 1 }).toUTC().toISO()!);
    expectProblem(await book(s, 32), 409, 'BOOKING_CLOSED');
    await new Promise((r) => setTimeout(r, 4500)); // two more worker rounds: still one reminder
    expect(smtp.to('nhac.lich@example.vn').filter((m) => m.subject.startsWith('Nhắc lịch'))).toHaveLength(1);
  });
});
