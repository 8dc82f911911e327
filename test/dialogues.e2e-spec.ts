import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readWithIcalJs } from '../src/feeds/domain/testing/parse-feed.fixture-spec.js';
import { docxPart, flat, pdfText, saveOutput, wordText } from '../src/documents/testing/extract.js';
import { expectProblem } from './helpers/problem.js';
import { screenshot } from './helpers/screenshot.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import type { Body } from './helpers/api-types.js';

/**
 * Direct dialogues end to end: creation → announcement (notice) → questions and moderation → feeds → held →
 * minutes with an answer and a commitment → locking → task worked to done through the tasks API → results and the
 * public page. Runs on SQLite and, with DATABASE_URL, PostgreSQL.
 */

describe('direct dialogues', () => {
  let t: TestServer;
  let office: string;
  let secretary: string;
  let handler: string;
  let admin: string;
  let unitId: string;
  let chairId: string;
  let venueId: string;

  const create = (body: Record<string, unknown>, token = office) =>
    t
      .http()
      .post(api(`/dialogues`))
      .set(bearer(token))
      .send({
        unitId,
        topic: 'Chỉnh trang đô thị và an toàn giao thông trên địa bàn phường',
        mode: 'in_person',
        venueId,
        chairOfficialIds: [chairId],
        trigger: 'periodic',
        ...body,
      });

  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true' } });
    [office, secretary, handler, admin] = await Promise.all(
      ['office', 'secretary', 'handler', 'admin'].map((u) => t.token(u)),
    );
    const units = (await t.http().get(api(`/units`)).set(bearer(office))).body as Body<'get', '/units'>;
    unitId = units.find((u) => u.code === '11311')!.id;
    const officials = (
      await t
        .http()
        .get(api(`/officials?unitId=${unitId}`))
        .set(bearer(office))
    ).body as Body<'get', '/officials'>;
    chairId = officials.find((o) => o.position === 'head' && o.body === 'government')!.id;
    venueId = (
      (
        await t
          .http()
          .get(api(`/venues?unitId=${unitId}`))
          .set(bearer(office))
      ).body as Body<'get', '/venues'>
    )[0].id;
  });
  afterAll(() => t.close());

  it('runs a dialogue from creation to published results, with the commitment tracked to done on the public page', async () => {
    await setClock(t, '2026-03-02T01:00:00Z');
    const created = await create({
      startsAt: '2026-03-20T01:00:00.000Z',
      endsAt: '2026-03-20T03:00:00.000Z',
      coOrganizers: [
        'Ủy ban Mặt trận Tổ quốc Việt Nam phường Hồng Bàng',
        { name: 'Thường trực Hội đồng nhân dân phường Hồng Bàng', role: 'co_chair' },
      ],
    });
    expect(created.status).toBe(201);
    const d = created.body;
    expect(d).toMatchObject({
      status: 'draft',
      publishBy: '2026-03-13',
      resultsDueOn: '2026-03-30',
      chairOfficialIds: [chairId],
      trigger: 'periodic',
    });
    expect(d.coOrganizers).toEqual([
      { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Hồng Bàng', role: 'co_organizer' },
      { name: 'Thường trực Hội đồng nhân dân phường Hồng Bàng', role: 'co_chair' },
    ]);
    expectProblem(
      await t
        .http()
        .post(api(`/dialogues/${d.id}/questions`))
        .send({ fullName: 'Ai đó', question: 'Câu hỏi cho bản dự thảo?' }),
      404,
    );
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${d.id}/publish`))
          .set(bearer(office))
      ).status,
    ).toBe(200);

    const ask = (fullName: string, question: string, contact?: string) =>
      t
        .http()
        .post(api(`/dialogues/${d.id}/questions`))
        .send({ fullName, question, contact });
    const q1 = await ask('Trần Thị Hoa', 'Khi nào phường lắp đèn tín hiệu giao thông ở ngã tư chợ?', '0912345678');
    const q2 = await ask('Lê Văn Bình', 'Đề nghị phường nạo vét cống thoát nước tổ dân phố số 5 trước mùa mưa.');
    const q3 = await ask('Phạm Văn Cường', 'Câu hỏi không liên quan đến chủ đề hội nghị đối thoại lần này.');
    const q4 = await ask('Ngô Thị Dung', 'Bao giờ có đèn giao thông ở ngã tư chợ ạ?');
    for (const r of [q1, q2, q3, q4]) expect(r.status).toBe(201);
    expect(JSON.stringify(q1.body)).not.toContain('0912345678');
    expectProblem(await ask('', 'ngắn'), 400, 'VALIDATION_FAILED');
    expectProblem(
      await t
        .http()
        .post(api(`/dialogues/${d.id}/questions`))
        .send({ fullName: 'A', question: 'Một câu hỏi đủ dài để hợp lệ.', extra: 1 }),
      400,
    );

    const moderate = (id: string, body: Record<string, unknown>) =>
      t
        .http()
        .post(api(`/dialogues/${d.id}/questions/${id}/moderation`))
        .set(bearer(office))
        .send(body);
    expectProblem(await moderate(q3.body.id, { action: 'reject' }), 400, 'REASON_REQUIRED');
    expectProblem(
      await moderate(q4.body.id, { action: 'merge', mergeIntoId: q1.body.id }),
      422,
      'MERGE_TARGET_INVALID',
    );
    expect((await moderate(q1.body.id, { action: 'accept' })).status).toBe(200);
    expect((await moderate(q2.body.id, { action: 'accept' })).status).toBe(200);
    expect(
      (
        await moderate(q3.body.id, {
          action: 'reject',
          reason: 'Không thuộc nội dung của hội nghị; đề nghị gửi đơn đến Ban Tiếp công dân.',
        })
      ).body.status,
    ).toBe('rejected');
    expect((await moderate(q4.body.id, { action: 'merge', mergeIntoId: q1.body.id })).body).toMatchObject({
      status: 'merged',
      mergedIntoId: q1.body.id,
    });
    expectProblem(await moderate(q3.body.id, { action: 'accept' }), 409, 'QUESTION_ALREADY_MODERATED');

    const staffList = await t
      .http()
      .get(api(`/dialogues/${d.id}/questions`))
      .set(bearer(office));
    expect(staffList.body).toHaveLength(4);
    expect(staffList.body.find((q: { id: string }) => q.id === q1.body.id)).toMatchObject({
      fullName: 'Trần Thị Hoa',
      contact: '0912345678',
    });
    expectProblem(await t.http().get(api(`/dialogues/${d.id}/questions`)), 401);
    const publicQs = await t.http().get(api(`/public/dialogues/${d.id}/questions`));
    expect(publicQs.status).toBe(200);
    expect(publicQs.body.map((q: { id: string }) => q.id).sort()).toEqual([q1.body.id, q2.body.id].sort());
    expect(publicQs.body.find((q: { id: string }) => q.id === q1.body.id).duplicatesMerged).toBe(1);
    for (const secret of ['Trần Thị Hoa', '0912345678', 'Ngô Thị Dung', 'Phạm Văn Cường', 'không liên quan'])
      expect(JSON.stringify(publicQs.body)).not.toContain(secret);

    // The feeds of the unit and of the chair carry the announced dialogue.
    for (const path of [`units/${unitId}`, `officials/${chairId}`]) {
      const feed = await t.http().get(api(`/feeds/${path}.ics`));
      expect(feed.status).toBe(200);
      const ev = readWithIcalJs(feed.text).events.find((e) => e.uid === `dialogue-${d.id}@tiepdan`);
      expect(ev).toMatchObject({
        status: 'CONFIRMED',
        sequence: 0,
        startUtc: '2026-03-20T01:00:00.000Z',
        startLocal: '2026-03-20T08:00:00',
        tzid: 'Asia/Ho_Chi_Minh',
      });
      expect(ev!.summary).toContain('Chỉnh trang đô thị');
      expect(ev!.description).toContain('Nguyễn Văn An');
      expect(ev!.description).not.toContain('Trần Thị Hoa');
    }

    await setClock(t, '2026-03-20T04:00:00Z');
    expectProblem(
      await t
        .http()
        .post(api(`/dialogues/${d.id}/questions`))
        .send({ fullName: 'Muộn', question: 'Câu hỏi gửi sau khi hội nghị kết thúc.' }),
      422,
      'DIALOGUE_QUESTIONS_CLOSED',
    );
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${d.id}/held`))
          .set(bearer(secretary))
          .send({})
      ).body.status,
    ).toBe('held');

    const minutes = await t
      .http()
      .post(api(`/dialogues/${d.id}/minutes`))
      .set(bearer(secretary))
      .send({
        summary: 'Hội nghị có 85 cử tri tham dự.',
        items: [
          { questionId: q1.body.id, answer: 'Đèn tín hiệu đã có trong kế hoạch năm 2026, lắp đặt trong quý II.' },
          {
            questionId: q2.body.id,
            commitment: {
              assigneeUnitId: unitId,
              dueDate: '2026-04-30',
              text: 'Nạo vét toàn bộ cống thoát nước tổ dân phố số 5 trước ngày 30/4/2026.',
            },
          },
        ],
      });
    expect(minutes.status).toBe(201);
    expectProblem(
      await t
        .http()
        .post(api(`/dialogues/${d.id}/minutes`))
        .set(bearer(secretary))
        .send({}),
      409,
      'DIALOGUE_MINUTES_EXIST',
    );
    expectProblem(
      await t
        .http()
        .post(api(`/dialogues/${d.id}/minutes/items`))
        .set(bearer(secretary))
        .send({ questionId: q3.body.id, answer: 'x' }),
      400,
      'QUESTION_NOT_ACCEPTED',
    );
    expectProblem(
      await t
        .http()
        .post(api(`/dialogues/${d.id}/minutes/items`))
        .set(bearer(secretary))
        .send({
          questionText: 'Hỏi tại hội nghị',
          answer: 'Đáp',
          commitment: { assigneeUnitId: unitId, dueDate: '2026-04-30', text: 'y' },
        }),
      400,
    );
    const fin = await t
      .http()
      .post(api(`/dialogues/${d.id}/minutes/finalize`))
      .set(bearer(secretary));
    expect(fin.status).toBe(200);
    expect(fin.body.status).toBe('finalized');
    expect(fin.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const taskId = fin.body.items[1].taskId as string;
    expect(fin.body.items[0].taskId).toBeNull();
    expect(taskId).toMatch(/^[0-9a-f-]{36}$/);

    // Locked: edits refused, amendments appended, and the database itself refuses rewriting an amendment.
    expectProblem(
      await t
        .http()
        .post(api(`/dialogues/${d.id}/minutes/items`))
        .set(bearer(secretary))
        .send({ questionText: 'Hỏi thêm tại hội nghị', answer: 'Đáp' }),
      409,
      'MINUTES_FINALIZED',
    );
    expectProblem(
      await t
        .http()
        .patch(api(`/dialogues/${d.id}/minutes`))
        .set(bearer(secretary))
        .send({ summary: 'Sửa' }),
      409,
      'MINUTES_FINALIZED',
    );
    expectProblem(
      await t
        .http()
        .post(api(`/dialogues/${d.id}/minutes/finalize`))
        .set(bearer(secretary)),
      409,
      'MINUTES_FINALIZED',
    );
    const amended = await t
      .http()
      .post(api(`/dialogues/${d.id}/minutes/amendments`))
      .set(bearer(secretary))
      .send({ reason: 'Sai số người dự', text: 'Số cử tri tham dự là 87.' });
    expect(amended.status).toBe(201);
    expect(amended.body.amendments).toHaveLength(1);
    await expect(t.db.query("UPDATE dialogue_minute_amendments SET text = 'x'")).rejects.toThrow(/append-only/);
    const again = await t
      .http()
      .get(api(`/dialogues/${d.id}/minutes`))
      .set(bearer(secretary));
    expect(again.body.contentHash).toBe(fin.body.contentHash);

    const task = await t
      .http()
      .get(api(`/tasks/${taskId}`))
      .set(bearer(office));
    expect(task.status).toBe(200);
    expect(task.body).toMatchObject({ assigneeUnitId: unitId, status: 'open' });
    expect(task.body.dueAt).toBe('2026-04-30T16:59:59.999Z');

    await setClock(t, '2026-03-25T02:00:00Z');
    const results = await t
      .http()
      .post(api(`/dialogues/${d.id}/results`))
      .set(bearer(office))
      .send({ summary: 'Đã trả lời 1 ý kiến, cam kết 1 nội dung, từ chối 1 câu hỏi không thuộc chủ đề.' });
    expect(results.status).toBe(200);
    expect(results.body).toMatchObject({
      status: 'results_published',
      resultsOverdue: false,
      resultsDueOn: '2026-03-30',
    });

    const readPublic = async () =>
      (await t.http().get(api(`/public/dialogues`))).body.find((x: { id: string }) => x.id === d.id);
    let pub = await readPublic();
    expect(pub.results.summary).toContain('cam kết 1 nội dung');
    expect(pub.commitments).toEqual([
      expect.objectContaining({ dueDate: '2026-04-30', taskStatus: 'open', assigneeUnitName: 'Phường Hồng Bàng' }),
    ]);
    expect(pub.answers).toHaveLength(1);
    const text = JSON.stringify(
      await t
        .http()
        .get(api(`/public/dialogues`))
        .then((r) => r.body),
    );
    for (const secret of [
      'Trần Thị Hoa',
      'Lê Văn Bình',
      'Phạm Văn Cường',
      'Ngô Thị Dung',
      '0912345678',
      'không liên quan',
      'contact',
    ])
      expect(text).not.toContain(secret);

    expect(
      (
        await t
          .http()
          .patch(api(`/tasks/${taskId}`))
          .set(bearer(handler))
          .send({ status: 'in_progress' })
      ).status,
    ).toBe(200);
    pub = await readPublic();
    expect(pub.commitments[0].taskStatus).toBe('in_progress');
    expect(
      (
        await t
          .http()
          .patch(api(`/tasks/${taskId}`))
          .set(bearer(handler))
          .send({ status: 'done' })
      ).status,
    ).toBe(200);
    pub = await readPublic();
    expect(pub.commitments[0]).toMatchObject({ taskStatus: 'done', taskStatusLabel: 'Đã hoàn thành' });
    expect(pub.commitments[0].completedAt).toBeTruthy();

    for (const [format, magic] of [
      ['pdf', '%PDF'],
      ['docx', 'PK'],
    ] as const) {
      const doc = await t
        .http()
        .get(api(`/dialogues/${d.id}/conclusion-notice?format=${format}`))
        .set(bearer(office))
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(doc.status).toBe(200);
      expect((doc.body as Buffer).subarray(0, magic.length).toString('latin1')).toBe(magic);
      const file = saveOutput(`e2e-dialogue-conclusion.${format}`, doc.body as Buffer);
      const text = flat(format === 'pdf' ? pdfText(file) : wordText(docxPart(file, 'word/document.xml')));
      // The ward issues it, at the ward; times in words; the chair as "đồng chí …"; no hash or corrections (minutes only).
      for (const s of [
        'ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG',
        'Hồng Bàng, ngày',
        'Từ 08 giờ 00 phút đến',
        'Kết luận của đồng chí Nguyễn Văn An, Chủ tịch',
        '1 câu hỏi không thuộc phạm vi buổi đối thoại (lý do: Không thuộc nội dung của hội nghị',
        'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
        'Ủy ban nhân dân phường Hồng Bàng',
      ]) {
        expect(text).toContain(s);
      }
      for (const s of ['Hải Phòng, ngày', 'Mã xác thực', 'ĐÍNH CHÍNH', 'CHỦ TRÌ HỘI NGHỊ'])
        expect(text).not.toContain(s);
      if (format === 'docx') expect(text).toContain('Số: /TB-UBND');
      else screenshot(file, 'dialogue-conclusion-page1');
    }
    const minutesDoc = await t
      .http()
      .get(api(`/dialogues/${d.id}/minutes/document?format=docx`))
      .set(bearer(office))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(minutesDoc.status).toBe(200);
    const minutesText = flat(
      wordText(docxPart(saveOutput('e2e-dialogue-minutes.docx', minutesDoc.body as Buffer), 'word/document.xml')),
    );
    const minutesPdf = await t
      .http()
      .get(api(`/dialogues/${d.id}/minutes/document?format=pdf`))
      .set(bearer(office))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    screenshot(saveOutput('e2e-dialogue-minutes.pdf', minutesPdf.body as Buffer), 'dialogue-minutes-page1');
    for (const s of [
      'BIÊN BẢN',
      'Số: /BB-UBND',
      'Thư ký: Hoàng Thu Trang',
      'Chủ trì: đồng chí Nguyễn Văn An',
      'Hội nghị kết thúc vào hồi',
      'III. ĐÍNH CHÍNH',
      'Mã xác thực nội dung biên bản',
    ]) {
      expect(minutesText).toContain(s);
    }
  });

  it('applies the notice and the results limit across Tết 2026 (Civil Code roll-over), moves and cancellations with SEQUENCE', async () => {
    await setClock(t, '2026-01-30T01:00:00Z'); // Friday 30/01, 08:00 in Hải Phòng
    const tooSoon = await create({ startsAt: '2026-02-05T01:00:00.000Z', endsAt: '2026-02-05T03:00:00.000Z' });
    const tight = await t
      .http()
      .post(api(`/dialogues/${tooSoon.body.id}/publish`))
      .set(bearer(office));
    expectProblem(tight, 422, 'DIALOGUE_NOTICE_TOO_SHORT');
    expect(tight.body.publishBy).toBe('2026-01-29');
    const onTime = await create({ startsAt: '2026-02-06T01:00:00.000Z', endsAt: '2026-02-06T03:00:00.000Z' });
    const pub = await t
      .http()
      .post(api(`/dialogues/${onTime.body.id}/publish`))
      .set(bearer(office));
    expect(pub.status).toBe(200);
    // 06/02 + 10 days = 16/02, the first day of Tết: the limit ends on the next working day, Monday 23/02.
    expect(pub.body).toMatchObject({ publishBy: '2026-01-30', resultsDueOn: '2026-02-23' });

    const other = await create({ startsAt: '2026-02-10T01:00:00.000Z', endsAt: '2026-02-10T03:00:00.000Z' });
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${other.body.id}/publish`))
          .set(bearer(office))
      ).status,
    ).toBe(200);
    expectProblem(
      await t
        .http()
        .patch(api(`/dialogues/${other.body.id}`))
        .set(bearer(office))
        .send({ startsAt: '2026-02-11T01:00:00.000Z', endsAt: '2026-02-11T03:00:00.000Z' }),
      400,
      'REASON_REQUIRED',
    );
    expectProblem(
      await t
        .http()
        .patch(api(`/dialogues/${other.body.id}`))
        .set(bearer(office))
        .send({ startsAt: '2026-02-05T01:00:00.000Z', endsAt: '2026-02-05T03:00:00.000Z', reason: 'Trùng lịch họp' }),
      422,
      'DIALOGUE_NOTICE_TOO_SHORT',
    );
    const moved = await t
      .http()
      .patch(api(`/dialogues/${other.body.id}`))
      .set(bearer(office))
      .send({
        startsAt: '2026-02-11T01:00:00.000Z',
        endsAt: '2026-02-11T03:00:00.000Z',
        reason: 'Trùng lịch họp Thành ủy',
      });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ sequence: 1, localDate: '2026-02-11', changeReason: 'Trùng lịch họp Thành ủy' });
    const cancelled = await t
      .http()
      .patch(api(`/dialogues/${other.body.id}`))
      .set(bearer(office))
      .send({ status: 'cancelled', reason: 'Nội dung đã được giải quyết' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 2 });
    const stale = await t
      .http()
      .post(api(`/dialogues/${other.body.id}/held`))
      .set(bearer(secretary))
      .send({});
    expectProblem(stale, 422, 'DIALOGUE_INVALID_STATE');
    expect(stale.body.detail).toBe('Không thể thực hiện thao tác này khi hội nghị đối thoại ở trạng thái “Đã hủy”.');
    const feed = readWithIcalJs((await t.http().get(api(`/feeds/officials/${chairId}.ics`))).text);
    expect(feed.events.find((e) => e.uid === `dialogue-${other.body.id}@tiepdan`)).toMatchObject({
      status: 'CANCELLED',
      sequence: 2,
    });
    expect(feed.events.some((e) => e.uid === `dialogue-${tooSoon.body.id}@tiepdan`)).toBe(false);

    const second = await create({
      startsAt: '2026-02-06T07:00:00.000Z',
      endsAt: '2026-02-06T09:00:00.000Z',
      mode: 'hybrid',
      onlineUrl: 'https://meet.example.vn/doi-thoai',
    });
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${second.body.id}/publish`))
          .set(bearer(office))
      ).status,
    ).toBe(200);
    await setClock(t, '2026-02-06T10:00:00Z');
    for (const id of [onTime.body.id, second.body.id])
      expect(
        (
          await t
            .http()
            .post(api(`/dialogues/${id}/held`))
            .set(bearer(secretary))
            .send({})
        ).status,
      ).toBe(200);
    await setClock(t, '2026-02-23T09:00:00Z'); // 16:00 on the last day
    expect(
      (
        await t
          .http()
          .get(api(`/dialogues/${onTime.body.id}`))
          .set(bearer(office))
      ).body.resultsOverdue,
    ).toBe(false);
    const inTime = await t
      .http()
      .post(api(`/dialogues/${second.body.id}/results`))
      .set(bearer(office))
      .send({ summary: 'Kết quả công bố đúng hạn.' });
    expect(inTime.body).toMatchObject({ resultsOverdue: false, results: { publishedOn: '2026-02-23' } });
    await setClock(t, '2026-02-24T02:00:00Z');
    expect(
      (
        await t
          .http()
          .get(api(`/dialogues/${onTime.body.id}`))
          .set(bearer(office))
      ).body.resultsOverdue,
    ).toBe(true);
    const late = await t
      .http()
      .post(api(`/dialogues/${onTime.body.id}/results`))
      .set(bearer(office))
      .send({ summary: 'Kết quả công bố muộn.' });
    expect(late.body).toMatchObject({ status: 'results_published', resultsOverdue: true });
    const publicRow = (await t.http().get(api(`/public/dialogues?withResults=true`))).body.find(
      (x: { id: string }) => x.id === onTime.body.id,
    );
    expect(publicRow.resultsOverdue).toBe(true);
  });

  it('counts compliance per unit and year from the preset, including voter requests; checks voter share and online length', async () => {
    await setClock(t, '2026-05-04T01:00:00Z');
    const unit = await t
      .http()
      .post(api(`/units`))
      .set(bearer(admin))
      .send({ name: 'Xã Thử Nghiệm Đối Thoại', level: 'commune' });
    expect(unit.status).toBe(201);
    const u = unit.body.id as string;
    const official = await t
      .http()
      .post(api(`/officials`))
      .set(bearer(admin))
      .send({ fullName: 'Đặng Văn Em', title: 'Chủ tịch UBND xã', unitId: u, position: 'head', body: 'government' });
    const venue = await t
      .http()
      .post(api(`/venues`))
      .set(bearer(admin))
      .send({ name: 'Hội trường xã', address: 'Thôn 1, xã Thử Nghiệm', unitId: u });
    const base = { unitId: u, venueId: venue.body.id, chairOfficialIds: [official.body.id] };
    const report = async () =>
      (
        await t
          .http()
          .get(api(`/compliance/dialogues?unitId=${u}&year=2026`))
          .set(bearer(admin))
      ).body[0];
    expect(await report()).toMatchObject({ unitId: u, required: 1, held: 0, due: 1 });

    expectProblem(
      await create(
        { ...base, trigger: 'voter_request', startsAt: '2026-06-01T01:00:00.000Z', endsAt: '2026-06-01T03:00:00.000Z' },
        admin,
      ),
      400,
      'VOTER_SHARE_REQUIRED',
    );
    const low = await create(
      {
        ...base,
        trigger: 'voter_request',
        voterRequestShare: 8.5,
        startsAt: '2026-06-01T01:00:00.000Z',
        endsAt: '2026-06-01T03:00:00.000Z',
      },
      admin,
    );
    expectProblem(low, 422, 'DIALOGUE_VOTER_SHARE_TOO_LOW');
    const voters = await create(
      {
        ...base,
        trigger: 'voter_request',
        voterRequestShare: 12.5,
        startsAt: '2026-06-01T01:00:00.000Z',
        endsAt: '2026-06-01T03:00:00.000Z',
      },
      admin,
    );
    expect(voters.status).toBe(201);
    expect(voters.body.voterRequestShare).toBe(12.5);
    expect(await report()).toMatchObject({
      required: 2,
      held: 0,
      due: 2,
      voterRequests: { requested: 1, held: 0, due: 1 },
    });

    const periodic = await create(
      { ...base, startsAt: '2026-05-20T01:00:00.000Z', endsAt: '2026-05-20T03:00:00.000Z' },
      admin,
    );
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${periodic.body.id}/publish`))
          .set(bearer(admin))
      ).status,
    ).toBe(200);
    await setClock(t, '2026-05-20T05:00:00Z');
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${periodic.body.id}/held`))
          .set(bearer(admin))
          .send({})
      ).status,
    ).toBe(200);
    const after = await report();
    expect(after).toMatchObject({ required: 2, held: 1, due: 1 });
    expect(after.series.map((s: { key: string }) => s.key)).toEqual(['commune-law-2025', 'haiphong-1738-qd-tu']);
    expect(
      (
        await t
          .http()
          .get(api(`/compliance/dialogues?unitId=${u}&year=2024`))
          .set(bearer(admin))
      ).body[0],
    ).toMatchObject({ required: 1, held: 0 });
    expectProblem(
      await t
        .http()
        .get(api(`/compliance/dialogues?unitId=${u}&year=2026`))
        .set(bearer(office)),
      404,
    );

    // A department's online dialogue must last 90–120 minutes (Decision 1374/2016/QĐ-UBND).
    const dept = await t
      .http()
      .post(api(`/units`))
      .set(bearer(admin))
      .send({ name: 'Sở Thử Nghiệm', level: 'department' });
    const deptOfficial = await t.http().post(api(`/officials`)).set(bearer(admin)).send({
      fullName: 'Bùi Thị Giang',
      title: 'Giám đốc Sở',
      unitId: dept.body.id,
      position: 'head',
      body: 'government',
    });
    const online = {
      unitId: dept.body.id,
      mode: 'online',
      venueId: undefined,
      onlineUrl: 'https://meet.example.vn/so',
      chairOfficialIds: [deptOfficial.body.id],
    };
    expectProblem(
      await create({ ...online, startsAt: '2026-07-01T01:00:00.000Z', endsAt: '2026-07-01T02:00:00.000Z' }, admin),
      422,
      'DIALOGUE_DURATION_OUT_OF_RANGE',
    );
    expect(
      (await create({ ...online, startsAt: '2026-07-01T01:00:00.000Z', endsAt: '2026-07-01T02:30:00.000Z' }, admin))
        .status,
    ).toBe(201);
    expectProblem(
      await create(
        { ...online, onlineUrl: undefined, startsAt: '2026-07-01T01:00:00.000Z', endsAt: '2026-07-01T02:30:00.000Z' },
        admin,
      ),
      400,
      'ONLINE_URL_REQUIRED',
    );
    const deptReport = (
      await t
        .http()
        .get(api(`/compliance/dialogues?unitId=${dept.body.id}&year=2026`))
        .set(bearer(admin))
    ).body[0];
    expect(deptReport.series.find((s: { key: string }) => s.key === 'haiphong-online-1374-department')).toMatchObject({
      required: 6,
    });
    expect(deptReport.required).toBe(6);
  });

  it('keeps the dialogue preset editable as versioned data by an administrator', async () => {
    const current = await t.http().get(api(`/rule-presets/dialogues`)).set(bearer(admin));
    expect(current.status).toBe(200);
    const doc = current.body.document;
    const bad = JSON.parse(JSON.stringify(doc));
    bad.series[0].versions[0].periodMonths = 5;
    expectProblem(
      await t.http().put(api(`/rule-presets/dialogues`)).set(bearer(admin)).send({ document: bad }),
      400,
      'INVALID_RULE_PRESET',
    );
    const next = JSON.parse(JSON.stringify(doc));
    const s1738 = next.series.find((s: { key: string }) => s.key === 'haiphong-1738-qd-tu');
    s1738.versions[0].effectiveTo = '2027-01-01';
    s1738.versions.push({
      ...s1738.versions[0],
      effectiveFrom: '2027-01-01',
      effectiveTo: undefined,
      perPeriod: 2,
      source: 'Bản sửa giả định cho kiểm thử',
    });
    expect(
      (await t.http().put(api(`/rule-presets/dialogues`)).set(bearer(admin)).send({ document: next })).status,
    ).toBe(200);
  });

  it('refuses to lock the minutes of a dialogue that has not started, like session minutes', async () => {
    await setClock(t, '2026-04-01T01:00:00Z');
    const future = await create({ startsAt: '2026-04-22T01:00:00.000Z', endsAt: '2026-04-22T03:00:00.000Z' }); // three weeks ahead
    expect(future.status).toBe(201);
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${future.body.id}/publish`))
          .set(bearer(office))
      ).status,
    ).toBe(200);
    const drafted = await t
      .http()
      .post(api(`/dialogues/${future.body.id}/minutes`))
      .set(bearer(secretary))
      .send({
        summary: 'Biên bản soạn trước.',
        items: [{ questionText: 'Câu hỏi dự kiến tại hội nghị?', answer: 'Trả lời dự kiến.' }],
      });
    expect(drafted.status).toBe(201);
    const early = await t
      .http()
      .post(api(`/dialogues/${future.body.id}/minutes/finalize`))
      .set(bearer(secretary));
    expectProblem(early, 422, 'DIALOGUE_NOT_STARTED');
    expect(early.body.detail).toBe('Buổi đối thoại chưa bắt đầu, chưa thể khóa biên bản.');
    expect(
      (
        await t
          .http()
          .get(api(`/dialogues/${future.body.id}/minutes`))
          .set(bearer(secretary))
      ).body.status,
    ).toBe('draft');
    await setClock(t, '2026-04-22T03:30:00Z');
    const fin = await t
      .http()
      .post(api(`/dialogues/${future.body.id}/minutes/finalize`))
      .set(bearer(secretary));
    expect(fin.status).toBe(200);
    expect(fin.body.status).toBe('finalized');
  });
});
