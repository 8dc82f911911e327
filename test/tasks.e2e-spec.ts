import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { api } from './helpers/client.js';
import { advanceClock, setClock } from './helpers/clock.js';
import type { Body } from './helpers/api-types.js';

const endOf = (day: string) => new Date(Date.parse(`${day}T23:59:59.999+07:00`)).toISOString();

describe('follow-up tasks: assignment, work, results, public answers, daily job on a controllable clock', () => {
  let t: TestServer;
  let wardId: string;
  let otherUnitId: string;
  let office: string;
  let handler: string;
  let admin: string;
  let petitionId: string;
  const CITIZEN = {
    fullName: 'Đặng Thị Mai',
    idNumber: '031190004455',
    phone: '0934567890',
    email: 'mai.dang@example.vn',
  };

  const runJob = async () => {
    const res = await t.http().post(api('/task-jobs/daily')).set(bearer(admin)).send({});
    expect(res.status).toBe(200);
    return res.body as Body<'post', '/task-jobs/daily'>;
  };
  const outbox = (taskId: string, kind: string) =>
    t.db.query<{ to_address: string; subject: string; text: string }>(
      'SELECT to_address, subject, text FROM outbox_messages WHERE ref_id = $1 AND kind = $2 ORDER BY to_address',
      [taskId, kind],
    );
  const newTask = async (body: Record<string, unknown>, token = office) => {
    const res = await t
      .http()
      .post(api(`/petitions/${petitionId}/tasks`))
      .set(bearer(token))
      .send({ assigneeUnitId: wardId, instruction: 'Xác minh và trả lời công dân.', ...body });
    expect(res.status).toBe(201);
    return res.body as Body<'post', '/petitions/{id}/tasks'>;
  };

  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true' } });
    admin = await t.token('admin');
    const units = (await t.http().get(api('/units')).set(bearer(admin))).body as Body<'get', '/units'>;
    wardId = units.find((u) => u.code === '11311')!.id;
    otherUnitId = units.find((u) => u.code === 'DEMO-TTTP')!.id;
    office = await t.token('office');
    handler = await t.token('handler');
    await setClock(t, '2026-03-02T02:00:00.000Z');
    const p = await t
      .http()
      .post(api('/petitions'))
      .set(bearer(office))
      .send({
        type: 'complaint',
        channel: 'reception',
        receivedAt: '2026-03-02T02:00:00.000Z',
        unitId: wardId,
        petitioner: CITIZEN,
        subject: 'Bồi thường giải phóng mặt bằng dự án đường ven sông',
        content: `Tôi là ${CITIZEN.fullName}, CCCD ${CITIZEN.idNumber}, khiếu nại mức bồi thường.`,
      });
    expect(p.status).toBe(201);
    petitionId = p.body.id;
    const contacts = await t
      .http()
      .put(api(`/task-contacts/${wardId}`))
      .set(bearer(office))
      .send({
        headEmail: 'chu-tich@hongbang.example.vn',
        officeEmail: 'van-phong@hongbang.example.vn',
        handlerEmail: 'xu-ly@hongbang.example.vn',
      });
    expect(contacts.status).toBe(200);
  });
  afterAll(() => t.close());

  it('takes the due date from the petition’s deadline unless a conclusion sets an earlier one', async () => {
    const petition = (
      await t
        .http()
        .get(api(`/petitions/${petitionId}`))
        .set(bearer(office))
    ).body;
    const resolution = petition.deadlines.find((d: { step: string }) => d.step === 'resolution');
    expect((await newTask({})).dueAt).toBe(resolution.dueAt);
    expect((await newTask({ dueAt: '2027-01-01T00:00:00.000Z' })).dueAt).toBe(resolution.dueAt);
    expect((await newTask({ dueAt: endOf('2026-03-20') })).dueAt).toBe(endOf('2026-03-20'));
    expectProblem(
      await t
        .http()
        .post(api(`/petitions/${petitionId}/tasks`))
        .set(bearer(handler))
        .send({ assigneeUnitId: wardId, instruction: 'x' }),
      403,
    );
    expectProblem(
      await t
        .http()
        .post(api(`/petitions/${petitionId}/tasks`))
        .set(bearer(office))
        .send({ assigneeUnitId: '00000000-0000-4000-8000-000000000000', instruction: 'x' }),
      400,
      'UNIT_NOT_FOUND',
    );
  });

  it('reminds before the due day and escalates when overdue, once per task and day', async () => {
    const task = await newTask({ dueAt: endOf('2026-03-06'), instruction: 'Kiểm tra hồ sơ bồi thường và báo cáo.' });
    expect(await runJob()).toMatchObject({ ran: true, day: '2026-03-02', reminded: 0, escalated: 0 });

    await setClock(t, '2026-03-04T01:00:00.000Z'); // Wed 08:00: two working days left (Thu, Fri)
    const wed = await runJob();
    expect(wed.reminded).toBeGreaterThanOrEqual(1);
    expect(await outbox(task.id, 'task.reminder')).toEqual([
      expect.objectContaining({ to_address: 'xu-ly@hongbang.example.vn' }),
    ]);
    expect((await runJob()).reminded).toBe(0);
    expect(await outbox(task.id, 'task.reminder')).toHaveLength(1);

    await setClock(t, '2026-03-07T01:00:00.000Z'); // Sat: past due
    const sat = await runJob();
    expect(sat.markedOverdue).toBeGreaterThanOrEqual(1);
    expect(sat.escalated).toBeGreaterThanOrEqual(1);
    const esc = await outbox(task.id, 'task.escalation');
    expect(esc.map((m) => m.to_address)).toEqual(['chu-tich@hongbang.example.vn', 'van-phong@hongbang.example.vn']);
    expect(esc[0].subject).toContain('quá hạn');
    const overdue = await t
      .http()
      .get(api(`/tasks?assigneeUnitId=${wardId}&status=overdue`))
      .set(bearer(handler));
    expect(overdue.body.items.map((x: { id: string }) => x.id)).toContain(task.id);
    expect(overdue.body.items.find((x: { id: string }) => x.id === task.id)).toMatchObject({
      overdue: true,
      status: 'open',
    });
    const open = await t
      .http()
      .get(api(`/tasks?assigneeUnitId=${wardId}&status=open`))
      .set(bearer(handler));
    expect(open.body.items.map((x: { id: string }) => x.id)).not.toContain(task.id);
    expect((await runJob()).escalated).toBe(0);
    expect(await outbox(task.id, 'task.escalation')).toHaveLength(2);

    await advanceClock(t, 24 * 3600 * 1000); // Sunday: escalated again, once
    expect((await runJob()).escalated).toBeGreaterThanOrEqual(1);
    expect((await runJob()).escalated).toBe(0);
    expect(await outbox(task.id, 'task.escalation')).toHaveLength(4);
    const alerts = await t.db.query<{ kind: string; on_day: string }>(
      'SELECT kind, CAST(on_day AS VARCHAR(10)) AS on_day FROM task_alerts WHERE task_id = $1 ORDER BY on_day, kind',
      [task.id],
    );
    expect(alerts.map((a) => `${a.kind}@${String(a.on_day).slice(0, 10)}`)).toEqual([
      'reminder@2026-03-04',
      'escalation@2026-03-07',
      'escalation@2026-03-08',
    ]);
    expectProblem(await t.http().post(api('/task-jobs/daily')).set(bearer(office)).send({}), 403);
  });

  it('lets handlers of the assignee unit work a task, records the result, e-mails the citizen and publishes without personal data', async () => {
    await setClock(t, '2026-03-09T02:00:00.000Z');
    const task = await newTask({ instruction: 'Trả lời công dân về mức bồi thường.' });
    expectProblem(
      await t
        .http()
        .patch(api(`/tasks/${task.id}`))
        .set(bearer(office))
        .send({ status: 'in_progress' }),
      403,
    );
    const started = await t
      .http()
      .patch(api(`/tasks/${task.id}`))
      .set(bearer(handler))
      .send({ status: 'in_progress' });
    expect(started.status).toBe(200);
    expect(started.body.status).toBe('in_progress');
    const answer = `Trả lời bà ${CITIZEN.fullName} (CCCD ${CITIZEN.idNumber}): mức bồi thường được điều chỉnh theo giá đất năm 2026.`;
    const res = await t
      .http()
      .post(api(`/tasks/${task.id}/result`))
      .set(bearer(handler))
      .send({ summary: answer, publish: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'done', result: { publish: true } });
    expect(res.body.events.map((e: { action: string }) => e.action)).toEqual(['create', 'start']);
    expectProblem(
      await t
        .http()
        .post(api(`/tasks/${task.id}/result`))
        .set(bearer(handler))
        .send({ summary: 'x', publish: false }),
      409,
      'TASK_RESULT_EXISTS',
    );
    const mail = await outbox(task.id, 'task.result');
    expect(mail).toEqual([expect.objectContaining({ to_address: CITIZEN.email })]);
    expect(mail[0].text).toContain('mức bồi thường được điều chỉnh');

    const pub = await t.http().get(api('/public/results'));
    expect(pub.status).toBe(200);
    const item = pub.body.items.find(
      (x: { subject: string }) => x.subject === 'Bồi thường giải phóng mặt bằng dự án đường ven sông',
    );
    expect(item).toMatchObject({
      unitName: 'Phường Hồng Bàng',
      petitionType: 'complaint',
      answer: expect.stringContaining('mức bồi thường được điều chỉnh'),
    });
    expect(Object.keys(item).sort()).toEqual([
      'answer',
      'id',
      'petitionType',
      'petitionTypeLabel',
      'publishedAt',
      'subject',
      'unitId',
      'unitName',
    ]);
    const body = JSON.stringify(pub.body);
    expect(body).not.toContain('Mai');
    expect(body).not.toContain(CITIZEN.idNumber);
    const done = await t
      .http()
      .get(api(`/tasks?assigneeUnitId=${wardId}&status=done`))
      .set(bearer(handler));
    expect(done.body.items.map((x: { id: string }) => x.id)).toEqual([task.id]);
  });

  it('returns a task with a reason and reassigns it to another unit', async () => {
    const task = await newTask({ instruction: 'Xác minh thực địa.' });
    expectProblem(
      await t
        .http()
        .patch(api(`/tasks/${task.id}`))
        .set(bearer(handler))
        .send({ status: 'returned' }),
      400,
      'TASK_REASON_REQUIRED',
    );
    const returned = await t
      .http()
      .patch(api(`/tasks/${task.id}`))
      .set(bearer(handler))
      .send({ status: 'returned', reason: 'Không thuộc thẩm quyền của phường' });
    expect(returned.body).toMatchObject({ status: 'returned', reason: 'Không thuộc thẩm quyền của phường' });
    const invalid = await t
      .http()
      .patch(api(`/tasks/${task.id}`))
      .set(bearer(handler))
      .send({ status: 'in_progress' });
    expectProblem(invalid, 409, 'INVALID_TASK_TRANSITION');
    expect(invalid.body.detail).toBe(
      'Không thể bắt đầu xử lý nhiệm vụ đang ở trạng thái “Trả lại”. Từ trạng thái này chỉ có thể: giao cho đơn vị khác.',
    );
    expect(invalid.body).toMatchObject({ currentStatus: 'returned', allowedActions: ['reassign'] });
    expectProblem(
      await t
        .http()
        .patch(api(`/tasks/${task.id}`))
        .set(bearer(handler))
        .send({ assigneeUnitId: otherUnitId, reason: 'x' }),
      403,
    );
    const moved = await t
      .http()
      .patch(api(`/tasks/${task.id}`))
      .set(bearer(office))
      .send({ assigneeUnitId: otherUnitId, reason: 'Chuyển Thanh tra thành phố' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: 'open', assigneeUnitId: otherUnitId });
    expect(moved.body.events.at(-1)).toMatchObject({
      action: 'reassign',
      fromUnitId: wardId,
      toUnitId: otherUnitId,
      reason: 'Chuyển Thanh tra thành phố',
    });
    expectProblem(
      await t
        .http()
        .patch(api(`/tasks/${task.id}`))
        .set(bearer(handler))
        .send({ status: 'in_progress' }),
      403,
    );
  });

  it('lists tasks by unit and status with pagination and sorting, scoped', async () => {
    const days = ['2026-03-25', '2026-03-23', '2026-03-24'];
    const made = [];
    for (const d of days) made.push(await newTask({ dueAt: endOf(d), instruction: `Nhiệm vụ hạn ${d}` }));
    const page1 = await t
      .http()
      .get(api(`/tasks?assigneeUnitId=${wardId}&status=open&sort=dueAt&limit=2`))
      .set(bearer(handler));
    expect(page1.status).toBe(200);
    const all = await t
      .http()
      .get(api(`/tasks?assigneeUnitId=${wardId}&status=open&sort=dueAt&limit=200`))
      .set(bearer(handler));
    const dues = all.body.items.map((x: { dueAt: string }) => x.dueAt);
    expect(dues).toEqual([...dues].sort());
    expect(page1.body.items).toEqual(all.body.items.slice(0, 2));
    expect(page1.body).toMatchObject({ total: all.body.total, limit: 2, offset: 0 });
    const page2 = await t
      .http()
      .get(api(`/tasks?assigneeUnitId=${wardId}&status=open&sort=dueAt&limit=2&offset=2`))
      .set(bearer(handler));
    expect(page2.body.items).toEqual(all.body.items.slice(2, 4));
    const desc = await t
      .http()
      .get(api(`/tasks?assigneeUnitId=${wardId}&status=open&sort=-dueAt&limit=200`))
      .set(bearer(handler));
    expect(desc.body.items.map((x: { dueAt: string }) => x.dueAt)).toEqual([...dues].reverse());
    for (const m of made) expect(dues).toContain(m.dueAt);
    // Another unit's staff see nothing of this ward.
    await t
      .http()
      .post(api('/users'))
      .set(bearer(admin))
      .send({ username: 'xuly.thanhtra', password: 'mat-khau-dai-du', roles: ['handler'], unitId: otherUnitId });
    const outsider = await t.token('xuly.thanhtra', 'mat-khau-dai-du');
    const none = await t
      .http()
      .get(api(`/tasks?assigneeUnitId=${wardId}&status=open`))
      .set(bearer(outsider));
    expect(none.body).toMatchObject({ items: [], total: 0 });
    expectProblem(
      await t
        .http()
        .get(api(`/tasks/${made[0].id}`))
        .set(bearer(outsider)),
      404,
    );
    expectProblem(await t.http().get(api('/tasks?status=late')).set(bearer(handler)), 400, 'VALIDATION_FAILED');
  });
});
