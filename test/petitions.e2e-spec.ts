import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { api } from './helpers/client.js';
import type { Body } from './helpers/api-types.js';

/** Local 09:00 (UTC+7) of a day, as the instant a petition was received. */
const at9 = (day: string) => `${day}T02:00:00.000Z`;
const endOf = (day: string) => new Date(Date.parse(`${day}T23:59:59.999+07:00`)).toISOString();

type Petition = Body<'post', '/petitions'>;

describe('petitions: legal clocks through the API', () => {
  let t: TestServer;
  let wardId: string;
  let office: string;

  const create = async (body: Record<string, unknown>, token = office) => {
    const res = await t
      .http()
      .post(api('/petitions'))
      .set(bearer(token))
      .send({
        channel: 'reception',
        content: 'Đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất.',
        unitId: wardId,
        petitioner: {
          fullName: 'Trần Thị Hoa',
          idNumber: '031190001234',
          phone: '0912345678',
          address: 'Tổ dân phố 5',
        },
        ...body,
      });
    expect(res.status).toBe(201);
    return res.body as Petition;
  };
  const step = (p: Pick<Petition, 'deadlines'>, name: string) => {
    const d = p.deadlines.find((x) => x.step === name);
    if (!d) throw new Error(`no step ${name} in ${JSON.stringify(p.deadlines)}`);
    return d;
  };

  beforeAll(async () => {
    t = await startServer();
    const units = await t
      .http()
      .get(api('/units'))
      .set(bearer(await t.token('admin')));
    wardId = units.body.find((u: { code: string }) => u.code === '11311').id;
    office = await t.token('office');
  });
  afterAll(() => t.close());

  it('counts a denunciation in working days across Tết 2026 (16–20/02 off)', async () => {
    const p = await create({ type: 'denunciation', receivedAt: at9('2026-02-12') });
    // 7 working days after Thu 12/02: Fri 13/02, then Tết and two weekends, 23–27/02, Mon 02/03.
    expect(step(p, 'intake_check')).toMatchObject({
      dueOn: '2026-03-02',
      dueAt: endOf('2026-03-02'),
      days: 7,
      basis: 'working_days',
    });
    expect(step(p, 'notice')).toMatchObject({ dueOn: '2026-03-05', days: 10, basis: 'working_days' });
    expect(step(p, 'acceptance_notice')).toMatchObject({ dueOn: '2026-03-09', days: 5, provisional: true });
    expect(step(p, 'resolution')).toMatchObject({
      dueOn: '2026-04-01',
      days: 30,
      basis: 'calendar_days',
      provisional: true,
    });
    const sites = await create({
      type: 'denunciation',
      receivedAt: at9('2026-02-12'),
      severalSites: true,
      content: 'Nội dung khác hẳn về xây dựng trái phép.',
    });
    expect(step(sites, 'intake_check')).toMatchObject({ dueOn: '2026-03-05', days: 10 });
    const transferred = await create({
      type: 'denunciation',
      receivedAt: at9('2026-02-12'),
      transferred: true,
      content: 'Nội dung thứ ba về môi trường.',
    });
    expect(transferred.deadlines.map((d) => d.step).sort()).toEqual(['notice', 'transfer']);
    expect(step(transferred, 'transfer')).toMatchObject({ dueOn: '2026-02-26', days: 5 });
  });

  it('rolls a calendar-day complaint period over 30/4–1/5 and skips the make-up day off of 27/04 in working days', async () => {
    const c = await create({ type: 'complaint', receivedAt: at9('2026-04-20') });
    // 10 days after 20/04 is Thu 30/04 (holiday), then 1/5 and the weekend: Mon 04/05.
    expect(step(c, 'acceptance')).toMatchObject({ dueOn: '2026-05-04', days: 10, basis: 'calendar_days' });
    const r = await create({ type: 'recommendation', receivedAt: at9('2026-04-23'), content: 'Kiến nghị sửa đường.' });
    // Fri 24/04, (27/04 make-up day off), 28, 29, (30/04, 01/05), 04–08/05, 11, 12/05.
    expect(step(r, 'notice')).toMatchObject({ dueOn: '2026-05-12', days: 10, basis: 'working_days' });
    expect(r.deadlines.map((d) => d.step)).toEqual(['notice']);
  });

  it('gives complaints 30/45/45/60 (round 1) and 45/60/60/70 days (round 2) by remote area and complexity', async () => {
    const expected: [1 | 2, boolean, boolean, number, string][] = [
      [1, false, false, 30, '2026-04-06'],
      [1, false, true, 45, '2026-04-20'],
      [1, true, false, 45, '2026-04-20'],
      [1, true, true, 60, '2026-05-04'],
      [2, false, false, 45, '2026-04-20'],
      [2, false, true, 60, '2026-05-04'],
      [2, true, false, 60, '2026-05-04'],
      [2, true, true, 70, '2026-05-14'],
    ];
    for (const [round, remoteArea, complex, days, dueOn] of expected) {
      const p = await create({
        type: 'complaint',
        receivedAt: at9('2026-03-02'),
        round,
        remoteArea,
        complex,
        content: `Khiếu nại vòng ${round} ${remoteArea} ${complex}`,
      });
      const accepted = await t
        .http()
        .post(api(`/petitions/${p.id}/accept`))
        .set(bearer(office))
        .send({ acceptedOn: '2026-03-05' });
      expect(accepted.status).toBe(200);
      expect(accepted.body.acceptedOn).toBe('2026-03-05');
      expect(step(accepted.body, 'resolution')).toMatchObject({ days, dueOn, provisional: false });
    }
  });

  it('pauses and resumes the clock: the due date moves by the paused working days', async () => {
    const p = await create({
      type: 'recommendation',
      receivedAt: at9('2026-03-02'),
      content: 'Kiến nghị về chiếu sáng công cộng.',
    });
    expect(step(p, 'notice').dueOn).toBe('2026-03-16');
    const paused = await t
      .http()
      .post(api(`/petitions/${p.id}/pause`))
      .set(bearer(office))
      .send({ reason: 'Đề nghị công dân bổ sung tài liệu', from: '2026-03-04' });
    expect(paused.status).toBe(200);
    expect(paused.body.paused).toBe(true);
    expect(step(paused.body, 'notice')).toMatchObject({ paused: true });
    expectProblem(
      await t
        .http()
        .post(api(`/petitions/${p.id}/pause`))
        .set(bearer(office))
        .send({ reason: 'lần hai' }),
      409,
      'PETITION_ALREADY_PAUSED',
    );
    const resumed = await t
      .http()
      .post(api(`/petitions/${p.id}/resume`))
      .set(bearer(office))
      .send({ to: '2026-03-06' });
    expect(resumed.status).toBe(200);
    expect(step(resumed.body, 'notice')).toMatchObject({ dueOn: '2026-03-18', pausedDays: 2, paused: false });
    expect(resumed.body.pauses).toEqual([
      expect.objectContaining({ from: '2026-03-04', to: '2026-03-06', reason: 'Đề nghị công dân bổ sung tài liệu' }),
    ]);
    expectProblem(
      await t
        .http()
        .post(api(`/petitions/${p.id}/resume`))
        .set(bearer(office))
        .send({}),
      409,
      'PETITION_NOT_PAUSED',
    );
    expectProblem(
      await t
        .http()
        .post(api(`/petitions/${p.id}/pause`))
        .set(bearer(office))
        .send({ reason: 'x', from: '2026-02-01' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('limits extensions by type and complexity and records the complexity', async () => {
    const normal = await create({
      type: 'denunciation',
      receivedAt: at9('2026-03-02'),
      content: 'Tố cáo thông thường về thu phí.',
    });
    expectProblem(
      await t
        .http()
        .post(api(`/petitions/${normal.id}/extensions`))
        .set(bearer(office))
        .send({ reason: 'Cần xác minh', days: 10 }),
      422,
      'EXTENSION_NOT_ALLOWED',
    );
    const complaint = await create({
      type: 'complaint',
      receivedAt: at9('2026-03-02'),
      content: 'Khiếu nại về bồi thường.',
    });
    expectProblem(
      await t
        .http()
        .post(api(`/petitions/${complaint.id}/extensions`))
        .set(bearer(office))
        .send({ reason: 'x', days: 10, complexity: 'complex' }),
      422,
      'EXTENSION_NOT_ALLOWED',
    );

    const complex = await create({
      type: 'denunciation',
      receivedAt: at9('2026-03-02'),
      content: 'Tố cáo phức tạp về đấu thầu.',
    });
    await t
      .http()
      .post(api(`/petitions/${complex.id}/accept`))
      .set(bearer(office))
      .send({ acceptedOn: '2026-03-09' });
    expectProblem(
      await t
        .http()
        .post(api(`/petitions/${complex.id}/extensions`))
        .set(bearer(office))
        .send({ reason: 'x', days: 31, complexity: 'complex' }),
      422,
      'EXTENSION_TOO_LONG',
    );
    const once = await t
      .http()
      .post(api(`/petitions/${complex.id}/extensions`))
      .set(bearer(office))
      .send({ reason: 'Vụ việc phức tạp', days: 30, complexity: 'complex' });
    expect(once.status).toBe(201);
    expect(once.body.complexity).toBe('complex');
    expect(once.body.extensions).toEqual([
      expect.objectContaining({ seq: 1, days: 30, complexity: 'complex', reason: 'Vụ việc phức tạp' }),
    ]);
    expect(step(once.body, 'resolution')).toMatchObject({ days: 60, extensionDays: 30 });
    expectProblem(
      await t
        .http()
        .post(api(`/petitions/${complex.id}/extensions`))
        .set(bearer(office))
        .send({ reason: 'lần 2', days: 10 }),
      422,
      'EXTENSION_LIMIT_REACHED',
    );

    const special = await create({
      type: 'denunciation',
      receivedAt: at9('2026-03-02'),
      content: 'Tố cáo đặc biệt phức tạp về đất đai.',
      complexity: 'especially_complex',
    });
    await t
      .http()
      .post(api(`/petitions/${special.id}/accept`))
      .set(bearer(office))
      .send({ acceptedOn: '2026-03-09' });
    expect(
      (
        await t
          .http()
          .post(api(`/petitions/${special.id}/extensions`))
          .set(bearer(office))
          .send({ reason: 'lần 1', days: 30 })
      ).status,
    ).toBe(201);
    const twice = await t
      .http()
      .post(api(`/petitions/${special.id}/extensions`))
      .set(bearer(office))
      .send({ reason: 'lần 2', days: 20 });
    expect(twice.status).toBe(201);
    expect(step(twice.body, 'resolution')).toMatchObject({ days: 80, dueOn: '2026-05-28', extensionDays: 50 });
    expectProblem(
      await t
        .http()
        .post(api(`/petitions/${special.id}/extensions`))
        .set(bearer(office))
        .send({ reason: 'lần 3', days: 5 }),
      422,
      'EXTENSION_LIMIT_REACHED',
    );
    expectProblem(
      await t
        .http()
        .post(api(`/petitions/${special.id}/extensions`))
        .set(bearer(office))
        .send({ reason: 'x', days: 0 }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('keeps anonymous denunciations in their own queue, without a statutory clock', async () => {
    const anon = await create({
      type: 'denunciation',
      anonymous: true,
      petitioner: undefined,
      receivedAt: at9('2026-03-03'),
      content: 'Tố cáo nặc danh về việc lấn chiếm vỉa hè.',
    });
    expect(anon).toMatchObject({
      queue: 'anonymous',
      deadlines: [],
      petitioner: null,
      identityProtected: true,
      processedAsDenunciation: false,
    });
    const main = await t.http().get(api('/petitions?limit=200')).set(bearer(office));
    expect(main.body.items.map((p: { id: string }) => p.id)).not.toContain(anon.id);
    const queue = await t.http().get(api('/petitions?queue=anonymous')).set(bearer(office));
    expect(queue.body.items.map((p: { id: string }) => p.id)).toEqual([anon.id]);
    expectProblem(
      await t
        .http()
        .post(api(`/petitions/${anon.id}/accept`))
        .set(bearer(office))
        .send({}),
      422,
      'ANONYMOUS_NOT_PROCESSED',
    );
    const missing = await t
      .http()
      .post(api('/petitions'))
      .set(bearer(office))
      .send({ type: 'complaint', channel: 'mail', receivedAt: at9('2026-03-03'), content: 'x', unitId: wardId });
    expectProblem(missing, 400, 'VALIDATION_FAILED');
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'petitioner' })]);
  });

  it('flags a possible duplicate: same ID number (blind index), similar content, same unit', async () => {
    const content = 'Đề nghị giải quyết tranh chấp ranh giới đất giữa hộ gia đình tôi và hộ liền kề tại tổ dân phố 7.';
    const who = { fullName: 'Lê Văn Bình', idNumber: '031085004321', phone: '0987654321' };
    const first = await create({ type: 'complaint', receivedAt: at9('2026-03-10'), content, petitioner: who });
    expect(first.possibleDuplicateOf).toEqual([]);
    const second = await create({
      type: 'complaint',
      receivedAt: at9('2026-03-20'),
      content: `${content} Kính đề nghị xem xét lại.`,
      petitioner: { ...who, idNumber: '031 085 004 321' },
    });
    expect(second.possibleDuplicateOf).toEqual([first.id]);
    const otherTopic = await create({
      type: 'complaint',
      receivedAt: at9('2026-03-21'),
      content: 'Khiếu nại quyết định xử phạt vi phạm hành chính về giao thông.',
      petitioner: who,
    });
    expect(otherTopic.possibleDuplicateOf).toEqual([]);
    const otherPerson = await create({
      type: 'complaint',
      receivedAt: at9('2026-03-21'),
      content,
      petitioner: { ...who, idNumber: '031085009999' },
    });
    expect(otherPerson.possibleDuplicateOf).toEqual([]);
    const dupes = await t.http().get(api('/petitions?duplicates=true')).set(bearer(office));
    const ids = dupes.body.items.map((p: { id: string }) => p.id);
    expect(ids).toContain(second.id);
    expect(ids).not.toContain(first.id);
    expect(ids).not.toContain(otherTopic.id);
  });

  it('encrypts ID numbers and phones at rest and masks them for roles that do not need them', async () => {
    const p = await create({
      type: 'feedback',
      receivedAt: at9('2026-03-11'),
      content: 'Phản ánh về rác thải.',
      petitioner: { fullName: 'Phạm Thu Hà', idNumber: '031190007777', phone: '0901234567' },
    });
    // The office registers the petition but sees the numbers masked (docs/privacy.md); the secretary sees them in full.
    expect(p.petitioner).toMatchObject({ fullName: 'Phạm Thu Hà', idNumber: '031******777', phone: '+8490****567' });
    const secretary = await t
      .http()
      .get(api(`/petitions/${p.id}`))
      .set(bearer(await t.token('secretary')));
    expect(secretary.body.petitioner).toMatchObject({
      fullName: 'Phạm Thu Hà',
      idNumber: '031190007777',
      phone: '0901234567',
    });
    const rows = await t.db.query<Record<string, unknown>>('SELECT * FROM petitions WHERE id = $1', [p.id]);
    expect(JSON.stringify(rows)).not.toContain('031190007777');
    expect(JSON.stringify(rows)).not.toContain('0901234567');
    const viewer = await t
      .http()
      .get(api(`/petitions/${p.id}`))
      .set(bearer(await t.token('viewer')));
    expect(viewer.body.petitioner).toEqual({
      fullName: 'Phạm Thu Hà',
      address: null,
      idNumber: '031******777',
      phone: '+8490****567',
      email: null,
    });
  });

  it('scopes petitions: another unit answers 404, roles are checked, unknown unit is refused', async () => {
    const admin = await t.token('admin');
    const units = (await t.http().get(api('/units')).set(bearer(admin))).body as Body<'get', '/units'>;
    const other = units.find((u) => u.code !== '11311' && u.code !== 'HP' && u.code && /^\d+$/.test(u.code))!;
    const foreign = await create(
      { type: 'feedback', receivedAt: at9('2026-03-12'), unitId: other.id, content: 'Phản ánh ở đơn vị khác.' },
      admin,
    );
    expectProblem(
      await t
        .http()
        .get(api(`/petitions/${foreign.id}`))
        .set(bearer(office)),
      404,
    );
    expectProblem(
      await t
        .http()
        .post(api('/petitions'))
        .set(bearer(office))
        .send({
          type: 'feedback',
          channel: 'mail',
          receivedAt: at9('2026-03-12'),
          content: 'x',
          unitId: other.id,
          petitioner: { fullName: 'A B' },
        }),
      400,
      'UNIT_NOT_FOUND',
    );
    expectProblem(
      await t
        .http()
        .post(api('/petitions'))
        .set(bearer(await t.token('viewer')))
        .send({
          type: 'feedback',
          channel: 'mail',
          receivedAt: at9('2026-03-12'),
          content: 'x',
          unitId: wardId,
          petitioner: { fullName: 'A B' },
        }),
      403,
    );
    const list = await t.http().get(api('/petitions?queue=all&limit=200')).set(bearer(office));
    expect(list.body.items.every((p: { unitId: string }) => p.unitId === wardId)).toBe(true);
  });
});
