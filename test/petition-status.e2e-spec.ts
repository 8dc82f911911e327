import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { acceptCase, minutes, session, ward } from './helpers/minutes-fixtures.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import type { Body } from './helpers/api-types.js';

/**
 * A petition's status follows its handling: received → accepted when work on a task starts → resolved when every task
 * is done and the answer is recorded. The tasks module reports after commit; the petitions module writes its table.
 */
describe('petition status follows its tasks and its answer', () => {
  let t: TestServer;
  let office: string;
  let handler: string;
  let wardId: string;

  const petition = async (id: string) =>
    (
      await t
        .http()
        .get(api(`/petitions/${id}`))
        .set(bearer(office))
    ).body as Body<'get', '/petitions/{id}'>;
  /** The status changes after commit, in the petitions module: wait for it (bounded). */
  async function eventually(id: string, status: string): Promise<Body<'get', '/petitions/{id}'>> {
    let last = await petition(id);
    for (let i = 0; i < 50 && last.status !== status; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      last = await petition(id);
    }
    return last;
  }

  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true' } });
    office = await t.token('office');
    handler = await t.token('handler');
    const units = (await t.http().get(api('/units')).set(bearer(office))).body as Body<'get', '/units'>;
    wardId = units.find((u) => u.code === '11311')!.id;
    await setClock(t, '2026-03-02T02:00:00.000Z');
  });
  afterAll(() => t.close());

  it('received → accepted when a task starts → resolved when all tasks are done and the answer is published', async () => {
    const p = await t
      .http()
      .post(api('/petitions'))
      .set(bearer(office))
      .send({
        type: 'complaint',
        channel: 'reception',
        receivedAt: '2026-03-02T02:00:00.000Z',
        unitId: wardId,
        petitioner: { fullName: 'Đỗ Văn Hùng', idNumber: '031190004466', phone: '0934567891' },
        subject: 'Bồi thường thu hồi đất',
        content: 'Khiếu nại mức bồi thường khi thu hồi đất nông nghiệp.',
      });
    expect(p.status).toBe(201);
    const id = p.body.id as string;
    const task = async (instruction: string) => {
      const res = await t
        .http()
        .post(api(`/petitions/${id}/tasks`))
        .set(bearer(office))
        .send({ assigneeUnitId: wardId, instruction });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const verify = await task('Xác minh hồ sơ bồi thường.');
    const answer = await task('Trả lời công dân bằng văn bản.');
    expect(await petition(id)).toMatchObject({ status: 'received', acceptedOn: null });

    await setClock(t, '2026-03-04T02:00:00.000Z');
    expect(
      (
        await t
          .http()
          .patch(api(`/tasks/${verify}`))
          .set(bearer(handler))
          .send({ status: 'in_progress' })
      ).status,
    ).toBe(200);
    expect(await eventually(id, 'accepted')).toMatchObject({ status: 'accepted', acceptedOn: '2026-03-04' });

    await setClock(t, '2026-03-10T02:00:00.000Z');
    expect(
      (
        await t
          .http()
          .post(api(`/tasks/${verify}/result`))
          .set(bearer(handler))
          .send({ summary: 'Đã xác minh: hồ sơ đầy đủ.', publish: false })
      ).status,
    ).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(await petition(id)).toMatchObject({ status: 'accepted', acceptedOn: '2026-03-04' }); // one task still open

    const res = await t
      .http()
      .post(api(`/tasks/${answer}/result`))
      .set(bearer(handler))
      .send({ summary: 'Giữ nguyên mức bồi thường theo quy định; đã trả lời công dân.', publish: true });
    expect(res.status).toBe(200);
    const resolved = await eventually(id, 'resolved');
    expect(resolved).toMatchObject({ status: 'resolved', acceptedOn: '2026-03-04' });
    const listed = await t.http().get(api('/petitions')).query({ status: 'resolved' }).set(bearer(office));
    expect(JSON.stringify(listed.body)).toContain(id);
  });

  it('a petition answered without an explicit start is accepted on the day of the answer and resolved', async () => {
    const p = await t
      .http()
      .post(api('/petitions'))
      .set(bearer(office))
      .send({
        type: 'recommendation',
        channel: 'mail',
        receivedAt: '2026-03-09T02:00:00.000Z',
        unitId: wardId,
        petitioner: { fullName: 'Lý Thị Hạnh', idNumber: '031190004477', phone: '0934567892' },
        content: 'Kiến nghị lắp đèn chiếu sáng ngõ 5.',
      });
    expect(p.status).toBe(201);
    const task = await t
      .http()
      .post(api(`/petitions/${p.body.id}/tasks`))
      .set(bearer(office))
      .send({ assigneeUnitId: wardId, instruction: 'Trả lời kiến nghị.' });
    expect(task.status).toBe(201);
    expect(
      (
        await t
          .http()
          .post(api(`/tasks/${task.body.id}/result`))
          .set(bearer(handler))
          .send({ summary: 'Sẽ lắp đèn trong quý II.', publish: true })
      ).status,
    ).toBe(200);
    expect(await eventually(p.body.id, 'resolved')).toMatchObject({ status: 'resolved', acceptedOn: '2026-03-10' });
  });

  it('the whole path from a reception: minutes locked → petition received → task started → accepted → answered → resolved', async () => {
    const w = await ward(t);
    const sec = bearer(await t.token('secretary'));
    await setClock(t, '2026-03-10T02:00:00.000Z');
    const sessionId = await session(t, w, '2026-03-12');
    const minutesId = await minutes(t, sessionId);
    const c = await t
      .http()
      .post(api(`/minutes/${minutesId}/cases`))
      .set(sec)
      .send(acceptCase(w, { assigneeUnitId: w.unitId, dueDate: '2026-03-31' }));
    expect(c.status).toBe(201);
    await setClock(t, '2026-03-12T05:00:00.000Z');
    const fin = await t
      .http()
      .post(api(`/minutes/${minutesId}/finalize`))
      .set(sec);
    expect(fin.status).toBe(200);
    const id = fin.body.petitions[0].petitionId as string;
    expect(await petition(id)).toMatchObject({ status: 'received', acceptedOn: null });
    const [task] = (
      await t
        .http()
        .get(api(`/petitions/${id}/tasks`))
        .set(bearer(office))
    ).body as Body<'get', '/petitions/{id}/tasks'>;

    await setClock(t, '2026-03-13T02:00:00.000Z');
    expect(
      (
        await t
          .http()
          .patch(api(`/tasks/${task!.id}`))
          .set(bearer(handler))
          .send({ status: 'in_progress' })
      ).status,
    ).toBe(200);
    expect(await eventually(id, 'accepted')).toMatchObject({ status: 'accepted', acceptedOn: '2026-03-13' });
    // The deadlines now count from the real acceptance day.
    const deadlines = (
      await t
        .http()
        .get(api(`/petitions/${id}`))
        .set(bearer(office))
    ).body.deadlines as { step: string; provisional: boolean }[];
    expect(deadlines.find((d) => d.step === 'resolution')).toMatchObject({ provisional: false });

    await setClock(t, '2026-03-25T02:00:00.000Z');
    expect(
      (
        await t
          .http()
          .post(api(`/tasks/${task!.id}/result`))
          .set(bearer(handler))
          .send({ summary: 'Đã giải quyết khiếu nại, trả lời công dân bằng văn bản.', publish: true })
      ).status,
    ).toBe(200);
    expect(await eventually(id, 'resolved')).toMatchObject({ status: 'resolved', acceptedOn: '2026-03-13' });
  });
});
