import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from '../src/common/time/luxon.js';
import { bearer, DEMO_PASSWORD, startServer, type TestServer } from './helpers/server.js';
import { api } from './helpers/client.js';
import type { Body } from './helpers/api-types.js';

/**
 * A fresh server with the demo data and activity (what a newcomer gets on the day of installation): sessions to book,
 * a past session and dialogue whose minutes can be written and locked, petitions and tasks at several stages, and the
 * demo users printed next to the address. Everything is relative to the start day and written once.
 */
describe('demo data: every journey can be tried on the day of installation', () => {
  let t: TestServer;
  let office: string;
  let secretary: string;
  const today = DateTime.now().setZone('Asia/Ho_Chi_Minh').toISODate()!;

  beforeAll(async () => {
    t = await startServer({ env: { DEMO_ACTIVITY: 'true' } });
    office = await t.token('office');
    secretary = await t.token('secretary');
  });
  afterAll(() => t.close());

  it('prints the demo users and their password next to the address', () => {
    const logs = t.logs();
    expect(logs).toMatch(/listening on http:\/\/localhost:\d+/);
    expect(logs).toContain(`Demo users (fictional data), password "${DEMO_PASSWORD}"`);
    for (const u of ['office', 'secretary', 'handler', 'inspector', 'leader', 'viewer'])
      expect(logs).toMatch(new RegExp(`\\n\\s+${u}\\s+${u}`));
  });

  it('publishes sessions in the coming weeks that citizens can book', async () => {
    const rows = (await t.http().get(api('/sessions')).query({ from: today, status: 'published' }).set(bearer(office)))
      .body as Body<'get', '/sessions'>;
    const future = rows.filter((s) => Date.parse(s.startsAt) > Date.now());
    expect(future.length).toBeGreaterThanOrEqual(3);
    const last = future[future.length - 1]!; // far enough for the booking cut-off
    const slots = await t.http().get(api(`/sessions/${last.id}/slots`));
    expect(slots.status).toBe(200);
    expect(slots.body[0].remaining).toBeGreaterThan(0);
    const booking = await t.http().post(api('/bookings')).send({
      sessionId: last.id,
      slotStartsAt: slots.body[0].startsAt,
      fullName: 'Nguyễn Văn Thử',
      idNumber: '031085000321',
      phone: '0912000321',
      address: 'Số 1 đường Thử Nghiệm, Hải Phòng',
      topic: 'Hỏi về thủ tục cấp giấy chứng nhận quyền sử dụng đất',
    });
    expect(booking.status).toBe(201);
    // Sessions inside the notice period carry the recorded override, the others none.
    for (const s of future)
      expect([null, expect.stringContaining('Dữ liệu mẫu')]).toContainEqual(s.publishOverrideReason);
  });

  it('has a past session without minutes whose minutes can be written and locked', async () => {
    const past = (
      (await t.http().get(api('/sessions')).query({ to: today }).set(bearer(office))).body as Body<'get', '/sessions'>
    ).filter((s) => s.localDate < today && s.status === 'published');
    expect(past.length).toBeGreaterThanOrEqual(1);
    const s = past[past.length - 1]!;
    expect(
      (
        await t
          .http()
          .get(api(`/sessions/${s.id}/minutes`))
          .set(bearer(secretary))
      ).status,
    ).toBe(404);
    const m = await t
      .http()
      .post(api(`/sessions/${s.id}/minutes`))
      .set(bearer(secretary))
      .send({
        officials: [{ fullName: 'Vũ Thị Dung', title: 'Công chức Văn phòng HĐND và UBND phường' }],
        secretary: { fullName: 'Thư Ký Mẫu', title: 'Chuyên viên' },
      });
    expect(m.status).toBe(201);
    const c = await t
      .http()
      .post(api(`/minutes/${m.body.id}/cases`))
      .set(bearer(secretary))
      .send({
        fullName: 'Phạm Thị Thử',
        idNumber: '031190000123',
        address: 'tổ 7, phường Hồng Bàng',
        summary: 'Hỏi về thủ tục chuyển mục đích sử dụng đất.',
        petitionType: 'feedback',
        handlingRoute: 'guide',
        conclusion: 'Hướng dẫn công dân nộp hồ sơ tại bộ phận một cửa.',
      });
    expect(c.status).toBe(201);
    const fin = await t
      .http()
      .post(api(`/minutes/${m.body.id}/finalize`))
      .set(bearer(secretary));
    expect(fin.status).toBe(200);
    expect(
      (
        await t
          .http()
          .get(api(`/sessions/${s.id}`))
          .set(bearer(office))
      ).body.status,
    ).toBe('held');
  });

  it('has a past dialogue whose minutes can be written and locked', async () => {
    const list = (await t.http().get(api('/dialogues')).set(bearer(office))).body as Body<'get', '/dialogues'>;
    const held = list.filter((d) => d.status === 'held' && d.localDate < today);
    expect(held.length).toBeGreaterThanOrEqual(1);
    const id = held[0]!.id;
    const m = await t
      .http()
      .post(api(`/dialogues/${id}/minutes`))
      .set(bearer(secretary))
      .send({
        summary: 'Hội nghị mẫu.',
        items: [{ questionText: 'Khi nào sửa đèn đường?', answer: 'Trong tháng này (trả lời mẫu).' }],
      });
    expect(m.status).toBe(201);
    const fin = await t
      .http()
      .post(api(`/dialogues/${id}/minutes/finalize`))
      .set(bearer(secretary));
    expect(fin.status).toBe(200);
    expect(fin.body.status).toBe('finalized');
  });

  it('has petitions and tasks at several stages', async () => {
    const petitions = (await t.http().get(api('/petitions')).set(bearer(office))).body.items as {
      id: string;
      status: string;
    }[];
    expect(new Set(petitions.map((p) => p.status)).size).toBeGreaterThanOrEqual(2);
    expect(petitions.map((p) => p.status)).toEqual(expect.arrayContaining(['received', 'accepted', 'resolved']));
    const tasks = (await t.http().get(api('/tasks')).set(bearer(office))).body.items as { status: string }[];
    expect(new Set(tasks.map((x) => x.status)).size).toBeGreaterThanOrEqual(2);
    expect((await t.http().get(api('/public/results'))).body.items.length).toBeGreaterThanOrEqual(1);
  });

  it('is written once: a restart adds nothing', async () => {
    const count = async () =>
      Number((await t.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM petitions'))[0].n);
    const before = await count();
    await t.stop();
    t = await startServer({ reuse: t.db, env: { DEMO_ACTIVITY: 'true' } });
    expect(await count()).toBe(before);
  });
});
