import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { docxPart, docxParts, flat, pdfText, saveOutput, wordText } from '../src/documents/testing/extract.js';
import { api, binary } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import { expectProblem } from './helpers/problem.js';
import { MonthScript } from './helpers/reports-fixtures.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { ON_POSTGRES } from './helpers/test-db.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- report bodies are checked field by field */

interface Ward {
  unitId: string;
  venueId: string;
  head: string;
  deputy: string;
  party: string;
}

describe('periodic reports: a scripted March in two wards and the city roll-up', () => {
  let t: TestServer;
  let admin: string;
  let leader: string;
  let cityId: string;
  let a: Ward;
  let b: Ward;
  const march = { from: '2026-03-01', to: '2026-03-31' };
  const report = async (unitId: string, q: Record<string, string> = {}) => {
    const res = await t
      .http()
      .get(api('/reports'))
      .query({ unitId, ...march, ...q })
      .set(bearer(admin));
    expect(res.status).toBe(200);
    return res.body as any;
  };

  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true' }, timeoutMs: 180_000 });
    await setClock(t, '2026-04-10T03:00:00Z');
    admin = await t.token('admin');
    leader = await t.token('leader');
    const units = (await t.http().get(api('/units')).set(bearer(admin))).body as any;
    const list = (Array.isArray(units) ? units : units.items) as { id: string; level: string }[];
    cityId = list.find((u) => u.level === 'city')!.id;
    const ward = async (tag: string): Promise<Ward> => {
      const u = await t
        .http()
        .post(api('/units'))
        .set(bearer(admin))
        .send({ name: `Phường Thử ${tag}`, level: 'commune', parentId: cityId, code: `T${tag}` });
      expect(u.status).toBe(201);
      const unitId = u.body.id as string;
      const official = async (fullName: string, position: string, body: string) => {
        const r = await t
          .http()
          .post(api('/officials'))
          .set(bearer(admin))
          .send({ fullName, title: `Chức danh ${position}`, unitId, position, body });
        expect(r.status).toBe(201);
        return r.body.id as string;
      };
      const venue = await t
        .http()
        .post(api('/venues'))
        .set(bearer(admin))
        .send({ name: `Phòng tiếp ${tag}`, address: 'Số 1 đường Kiểm Thử, Hải Phòng', unitId });
      expect(venue.status).toBe(201);
      return {
        unitId,
        venueId: venue.body.id,
        head: await official(`Chủ tịch ${tag}`, 'head', 'government'),
        deputy: await official(`Phó Chủ tịch ${tag}`, 'deputy', 'government'),
        party: await official(`Bí thư ${tag}`, 'head', 'party'),
      };
    };
    a = await ward('A');
    b = await ward('B');
    const m = new MonthScript(t.db);

    // Ward A. Reception: the chair held 3 periodic sessions and one ad-hoc (complex case); a deputy stood in once; one
    // session was not held. The party secretary held one.
    const s0302 = await m.session({ ...a, officialId: a.head, date: '2026-03-02' });
    await m.session({ ...a, officialId: a.head, date: '2026-03-09' });
    await m.session({ ...a, officialId: a.head, date: '2026-03-16' });
    await m.session({ ...a, officialId: a.head, date: '2026-03-23', heldBy: a.deputy });
    await m.session({ ...a, officialId: a.head, date: '2026-03-30', status: 'published' });
    await m.session({ ...a, officialId: a.head, date: '2026-03-12', adHocReason: 'complex_case' });
    await m.session({ ...a, officialId: a.party, date: '2026-03-10' });
    await m.cases({
      unitId: a.unitId,
      sessionId: s0302,
      chairId: a.head,
      date: '2026-03-02',
      cases: [
        { type: 'complaint', groupSize: 1 },
        { type: 'complaint', groupSize: 6 },
        { type: 'feedback', groupSize: 1 },
      ],
    });
    // Petitions of A.
    await m.petition({
      unitId: a.unitId,
      type: 'complaint',
      receivedOn: '2026-03-03',
      status: 'resolved',
      tasks: [{ dueOn: '2026-03-20', completedAt: '2026-03-20T22:00:00+07:00' }], // last day of its clock: on time
    });
    await m.petition({
      unitId: a.unitId,
      type: 'complaint',
      receivedOn: '2026-03-04',
      status: 'resolved',
      tasks: [{ dueOn: '2026-03-20', completedAt: '2026-03-21T08:00:00+07:00' }], // a day late
    });
    await m.petition({
      unitId: a.unitId,
      type: 'denunciation',
      receivedOn: '2026-03-05',
      status: 'accepted',
      tasks: [{ dueOn: '2026-03-25' }],
      pausedSince: '2026-03-15', // clock stopped: not overdue
    });
    await m.petition({
      unitId: a.unitId,
      type: 'feedback',
      receivedOn: '2026-03-06',
      status: 'accepted',
      tasks: [{ dueOn: '2026-04-01' }], // open past due
    });
    await m.petition({ unitId: a.unitId, type: 'recommendation', receivedOn: '2026-03-07', status: 'refused' });
    await m.surveyAnswers(a.unitId, '2026-03', [
      { reception: 5, timeliness: 3, clarity: 4, outcome: 4 },
      { reception: 4, timeliness: 2, clarity: 4, outcome: 3 },
      { reception: 4, timeliness: 4, clarity: 5, outcome: 4 },
      { reception: 5, timeliness: 3, clarity: 3, outcome: 3 },
      { reception: 3, timeliness: 3, clarity: 4, outcome: 4 },
    ]);
    await m.surveyAnswers(b.unitId, '2026-03', [{ reception: 1, timeliness: 1, clarity: 1, outcome: 1 }]);
    await m.petition({
      unitId: a.unitId,
      type: 'denunciation',
      receivedOn: '2026-03-08',
      status: 'received',
      queue: 'anonymous', // not processed as a denunciation: not counted
    });
    await m.petition({
      unitId: a.unitId,
      type: 'complaint',
      receivedOn: '2026-02-27',
      status: 'resolved',
      tasks: [{ dueOn: '2026-03-10', completedAt: '2026-03-09T10:00:00+07:00' }],
    });
    await m.petition({
      unitId: a.unitId,
      type: 'complaint',
      receivedOn: '2025-03-10',
      status: 'resolved',
      tasks: [{ dueOn: '2025-03-30', completedAt: '2025-03-25T10:00:00+07:00' }],
    });
    // A dialogue: 3 questions, 2 answered, 3 commitments (each carried by a recommendation petition and its task):
    // done on its due day, done late, open past due.
    await m.dialogue({
      unitId: a.unitId,
      date: '2026-03-20',
      questions: 3,
      answered: 2,
      commitments: [
        { dueOn: '2026-03-31', completedAt: '2026-03-31T10:00:00+07:00' },
        { dueOn: '2026-03-25', completedAt: '2026-03-28T10:00:00+07:00' },
        { dueOn: '2026-04-05' },
      ],
    });

    // Ward B.
    const s0303 = await m.session({ ...b, officialId: b.head, date: '2026-03-03' });
    await m.session({ ...b, officialId: b.head, date: '2026-03-10' });
    await m.session({ ...b, officialId: b.head, date: '2026-03-17', heldBy: b.deputy });
    await m.session({ ...b, officialId: b.head, date: '2026-03-18', adHocReason: 'serious_risk' });
    await m.session({ ...b, officialId: b.party, date: '2026-03-05' });
    await m.session({ ...b, officialId: b.party, date: '2026-03-19' });
    await m.cases({
      unitId: b.unitId,
      sessionId: s0303,
      chairId: b.head,
      date: '2026-03-03',
      cases: [
        { type: 'denunciation', groupSize: 1 },
        { type: 'recommendation', groupSize: 12 },
      ],
    });
    await m.petition({
      unitId: b.unitId,
      type: 'feedback',
      receivedOn: '2026-03-11',
      status: 'resolved',
      tasks: [{ dueOn: '2026-03-25', completedAt: '2026-03-24T10:00:00+07:00' }],
    });
    await m.petition({
      unitId: b.unitId,
      type: 'complaint',
      receivedOn: '2026-03-12',
      status: 'accepted',
      tasks: [{ dueOn: '2026-04-20' }],
    });
  }, 300_000);

  afterAll(async () => {
    await t?.stop();
  });

  const pc = (received: number, handled: number, onTime: number, overdue: number, onTimeShare: number | null) => ({
    received,
    handled,
    onTime,
    overdue,
    onTimeShare,
  });

  it('ward A: reception per head (deputy apart), ad-hoc triggers, people and group cases', async () => {
    const r = await report(a.unitId);
    expect(r.unit).toEqual({ id: a.unitId, name: 'Phường Thử A' });
    expect(r.frozen).toBeNull();
    const head = r.reception.heads.find((h: any) => h.officialId === a.head);
    const party = r.reception.heads.find((h: any) => h.officialId === a.party);
    expect(head).toMatchObject({ held: 4, heldByDeputy: 1 });
    expect(party).toMatchObject({ held: 1, heldByDeputy: 0 });
    // Required and missed come from the compliance module's rules: the same numbers GET /compliance answers.
    const rows = (
      await t
        .http()
        .get(api('/compliance'))
        .query({ unitId: a.unitId, ...march })
        .set(bearer(admin))
    ).body as any[];
    const required = rows.reduce((n, x) => n + x.required, 0);
    expect(required).toBeGreaterThan(0);
    expect(r.reception).toMatchObject({
      sessionsRequired: required,
      sessionsHeld: 5,
      sessionsHeldByDeputy: 1,
      sessionsMissed: rows.reduce((n, x) => n + x.shortfall, 0),
      adHocSessions: 1,
      adHocByTrigger: { complex_case: 1, serious_risk: 0 },
      citizensReceived: 8,
      groupCases: 1,
      cases: { complaint: 2, denunciation: 0, recommendation: 0, feedback: 1 },
    });
  });

  it('ward A: petitions on time / overdue per type (last day on time, paused not overdue, anonymous not counted)', async () => {
    const r = await report(a.unitId);
    expect(r.petitions.byType).toEqual({
      complaint: pc(2, 2, 1, 1, 0.5),
      denunciation: pc(1, 0, 0, 0, null),
      recommendation: pc(4, 1, 1, 2, 1),
      feedback: pc(1, 0, 0, 1, null),
    });
    expect(r.petitions).toMatchObject(pc(8, 3, 2, 4, 0.6667));
    expect(r.dialogues).toMatchObject({
      held: 1,
      questions: 3,
      questionsAnswered: 2,
      commitments: 3,
      commitmentsDone: 2,
      commitmentsOnTime: 1,
      commitmentsOverdue: 2,
    });
    // Satisfaction through the surveys module: 5 answers in ward A in March (its minimum), none in ward B.
    expect(r.satisfaction).toEqual({
      answers: 5,
      criteria: {
        reception: { mean: 4.2, answers: 5 },
        timeliness: { mean: 3, answers: 5 },
        clarity: { mean: 4, answers: 5 },
        outcome: { mean: 3.6, answers: 5 },
      },
    });
    expect(r.previous).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    expect(r.previous.petitions).toMatchObject(pc(1, 1, 1, 0, 1));
    expect(r.sameTimeLastYear).toMatchObject({ from: '2025-03-01', to: '2025-03-31' });
    expect(r.sameTimeLastYear.petitions).toMatchObject(pc(1, 1, 1, 0, 1));
    expect(r.subUnits).toEqual([]);
  });

  it('ward B, and the city rolls both up (sums, shares from the sums)', async () => {
    const rb = await report(b.unitId);
    expect(rb.reception).toMatchObject({
      sessionsHeld: 5, // the chair: 2 periodic + 1 ad hoc; the party secretary: 2
      sessionsHeldByDeputy: 1,
      adHocSessions: 1,
      adHocByTrigger: { complex_case: 0, serious_risk: 1 },
      citizensReceived: 13,
      groupCases: 1,
      cases: { complaint: 0, denunciation: 1, recommendation: 1, feedback: 0 },
    });
    expect(rb.petitions).toMatchObject(pc(2, 1, 1, 0, 1));
    expect(rb.dialogues).toMatchObject({ held: 0, questions: 0, commitments: 0 });
    expect(rb.satisfaction).toBeNull(); // fewer than 5 answers: not shown

    const ra = await report(a.unitId);
    const city = await report(cityId);
    const all = (await t.http().get(api('/compliance')).query(march).set(bearer(admin))).body as any[];
    expect(city.reception).toMatchObject({
      sessionsRequired: all.reduce((n, x) => n + x.required, 0),
      sessionsHeld: 10,
      sessionsHeldByDeputy: 2,
      adHocSessions: 2,
      adHocByTrigger: { complex_case: 1, serious_risk: 1 },
      citizensReceived: 21,
      groupCases: 2,
      cases: { complaint: 2, denunciation: 1, recommendation: 1, feedback: 1 },
    });
    expect(city.petitions).toMatchObject(pc(10, 4, 3, 4, 0.75));
    expect(city.petitions.byType.complaint).toEqual(pc(3, 2, 1, 1, 0.5));
    expect(city.petitions.byType.feedback).toEqual(pc(2, 1, 1, 1, 1));
    expect(city.dialogues).toMatchObject({ held: 1, questions: 3, commitments: 3, commitmentsOverdue: 2 });
    expect(city.dialogues.required).toBe(
      ra.dialogues.required +
        rb.dialogues.required +
        city.subUnits
          .filter((s: any) => ![a.unitId, b.unitId].includes(s.unit.id))
          .reduce((n: number, s: any) => n + s.dialogues.required, 0),
    );
    const subA = city.subUnits.find((s: any) => s.unit.id === a.unitId);
    const subB = city.subUnits.find((s: any) => s.unit.id === b.unitId);
    expect(subA.petitions).toEqual(ra.petitions);
    expect(subB.reception.citizensReceived).toBe(13);
    expect(subA.reception.sessionsHeld).toBe(5);
  });

  it('period presets and bad periods', async () => {
    const q1res = await t
      .http()
      .get(api('/reports'))
      .query({ unitId: a.unitId, period: 'q1', year: '2026' })
      .set(bearer(admin));
    expect(q1res.status).toBe(200);
    const q1 = q1res.body;
    expect([q1.from, q1.to]).toEqual(['2026-01-01', '2026-03-31']);
    expect(q1.petitions.received).toBe(9); // February's petition too
    const bad = await t
      .http()
      .get(api('/reports'))
      .query({ unitId: a.unitId, from: '2026-03-31', to: '2026-03-01' })
      .set(bearer(admin));
    expectProblem(bad, 400, 'REPORT_INVALID_PERIOD');
    const office = await t.token('office');
    const other = await t
      .http()
      .get(api('/reports'))
      .query({ unitId: a.unitId, ...march })
      .set(bearer(office));
    expect(other.status).toBe(404); // another ward's report is not in the office's scope
  });

  it('PDF (pdftotext), DOCX (unzipped) and XLSX (numbers as numbers) hold the figures', async () => {
    const get = async (format: string) =>
      (
        await t
          .http()
          .get(api('/reports'))
          .query({ unitId: a.unitId, ...march, format })
          .set(bearer(admin))
          .buffer(true)
          .parse(binary)
      ).body as Buffer;
    const suffix = ON_POSTGRES ? 'pg' : 'sqlite';
    const pdf = saveOutput(`report-a-${suffix}.pdf`, await get('pdf'));
    const text = flat(pdfText(pdf));
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('PHƯỜNG THỬ A');
    expect(text).toMatch(/Khiếu nại 2 2 1 1 50/);
    expect(text).toMatch(/Tổng số 8 3 2 4 66,7/);
    expect(text).toMatch(/Số lượt công dân được tiếp 8/);
    const docx = saveOutput(`report-a-${suffix}.docx`, await get('docx'));
    // Charts: vector graphics in the PDF (no raster image), an SVG picture with a PNG fallback in the DOCX.
    expect(execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n')).toHaveLength(2);
    expect(text).toContain('Biểu đồ 1. Đơn tiếp nhận và giải quyết đúng hạn theo loại đơn');
    expect(text).toContain('Biểu đồ 2. Diễn biến theo tháng');
    const media = docxParts(docx).filter((p) => p.startsWith('word/media/'));
    expect(media.some((p) => p.endsWith('.svg'))).toBe(true);
    expect(media.some((p) => p.endsWith('.png'))).toBe(true);
    if (process.env.REPORT_SCREENSHOTS) {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-f',
        '1',
        '-l',
        '2',
        pdf,
        join(process.env.REPORT_SCREENSHOTS, 'report-pdf-page'),
      ]);
    }
    const words = flat(wordText(docxPart(docx, 'word/document.xml')));
    expect(words).toMatch(/Khiếu nại ?2 ?2 ?1 ?1 ?50/);
    expect(words).toContain('Số lượt công dân được tiếp');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await get('xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Tiếp công dân', 'Người đứng đầu', 'Đơn thư', 'Đối thoại', 'Mức độ hài lòng']),
    );
    const sheet = wb.getWorksheet('Đơn thư')!;
    expect(sheet.getRow(3).getCell(2).value).toBe('Tiếp nhận');
    expect(sheet.getRow(4).getCell(1).value).toBe('Khiếu nại');
    expect(sheet.getRow(4).getCell(2).value).toBe(2);
    expect(typeof sheet.getRow(8).getCell(2).value).toBe('number');
    expect(sheet.getRow(8).getCell(6).value).toBe(66.7);
  });

  it('sent → frozen: a later change does not alter it; a new version needs a reason', async () => {
    const sent = await t
      .http()
      .post(api('/reports/sent'))
      .set(bearer(leader))
      .send({ unitId: b.unitId, ...march, documentNumber: '15/BC-UBND' });
    // The demo leader belongs to another ward: not in scope.
    expect(sent.status).toBe(404);
    const ok = await t
      .http()
      .post(api('/reports/sent'))
      .set(bearer(admin))
      .send({ unitId: b.unitId, ...march, documentNumber: '15/BC-UBND' });
    expect(ok.status).toBe(201);
    expect(ok.body.frozen).toMatchObject({ version: 1, documentNumber: '15/BC-UBND', reason: null });
    expect(ok.body.petitions.received).toBe(2);
    const audit = await t.db.query<{ n: number }>("SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = 'report'");
    expect(Number(audit[0].n)).toBeGreaterThanOrEqual(1);

    // A correction after sending: one more petition of March.
    await new MonthScript(t.db).petition({
      unitId: b.unitId,
      type: 'feedback',
      receivedOn: '2026-03-30',
      status: 'received',
    });
    const frozen = await report(b.unitId);
    expect(frozen.frozen).toMatchObject({ version: 1, documentNumber: '15/BC-UBND' });
    expect(frozen.petitions.received).toBe(2);
    expect((await report(b.unitId, { live: 'true' })).petitions.received).toBe(3);

    const again = await t
      .http()
      .post(api('/reports/sent'))
      .set(bearer(admin))
      .send({ unitId: b.unitId, ...march, documentNumber: '16/BC-UBND' });
    expectProblem(again, 409, 'REPORT_ALREADY_SENT');
    const v2 = await t
      .http()
      .post(api('/reports/sent'))
      .set(bearer(admin))
      .send({ unitId: b.unitId, ...march, documentNumber: '16/BC-UBND', reason: 'Bổ sung đơn nhận ngày 30/03/2026' });
    expect(v2.status).toBe(201);
    expect(v2.body.frozen).toMatchObject({ version: 2, reason: 'Bổ sung đơn nhận ngày 30/03/2026' });
    expect(v2.body.petitions.received).toBe(3);
    const versions = await t
      .http()
      .get(api('/reports/versions'))
      .query({ unitId: b.unitId, ...march })
      .set(bearer(admin));
    expect(versions.body.map((v: any) => [v.version, v.documentNumber])).toEqual([
      [1, '15/BC-UBND'],
      [2, '16/BC-UBND'],
    ]);
    // The frozen rows cannot be rewritten.
    await expect(t.db.query("UPDATE report_snapshots SET document_number = 'x'")).rejects.toThrow(/append-only/);
  });

  it('public yearly figures: compliance and on-time share, no personal data, no login', async () => {
    const res = await t.http().get(api('/public/reports/compliance')).query({ unitId: a.unitId, year: '2026' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      year: 2026,
      unit: { id: a.unitId, name: 'Phường Thử A' },
      sessionsHeld: 5,
      sessionsHeldByDeputy: 1,
      // The year: March's petitions and February's (answered on time).
      petitionsHandled: 4,
      petitionsOnTime: 3,
      onTimeShare: 0.75,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/Chủ tịch A|Bí thư A|Công dân thử|Người hỏi/);
    const city = await t.http().get(api('/public/reports/compliance')).query({ year: '2026' });
    expect(city.status).toBe(200);
    expect(city.body.subUnits.length).toBeGreaterThan(2);
  });

  it('through the API, the stored timeliness follows task writes, pauses, resumes and the clock', async () => {
    const c = await t
      .http()
      .post(api('/units'))
      .set(bearer(admin))
      .send({ name: 'Phường Thử C', level: 'commune', parentId: cityId, code: 'TC' });
    expect(c.status).toBe(201);
    const unitId = c.body.id as string;
    const april = { from: '2026-04-01', to: '2026-04-30' };
    const petitions = async () => (await report(unitId, april)).petitions as any;
    const petition = async (dueAt: string) => {
      const p = await t
        .http()
        .post(api('/petitions'))
        .set(bearer(admin))
        .send({
          type: 'feedback',
          channel: 'mail',
          receivedAt: '2026-04-02T02:00:00.000Z',
          unitId,
          petitioner: { fullName: 'Công dân thử', address: 'Hải Phòng' },
          content: 'Phản ánh thử',
        });
      expect(p.status).toBe(201);
      const task = await t
        .http()
        .post(api(`/petitions/${p.body.id}/tasks`))
        .set(bearer(admin))
        .send({ assigneeUnitId: unitId, instruction: 'Xác minh, trả lời', dueAt });
      expect(task.status).toBe(201);
      expect(task.body.dueAt).toBe(dueAt);
      return { id: p.body.id as string, taskId: task.body.id as string };
    };
    const answer = async (taskId: string) => {
      const r = await t
        .http()
        .post(api(`/tasks/${taskId}/result`))
        .set(bearer(admin))
        .send({ summary: 'Đã trả lời công dân.', publish: false });
      expect(r.status).toBe(200);
    };
    await setClock(t, '2026-04-10T03:00:00Z');
    const late = await petition('2026-04-11T16:59:59.999Z'); // end of 11/4 (local)
    const onTime = await petition('2026-04-15T16:59:59.999Z');
    expect(await petitions()).toMatchObject({ received: 2, overdue: 0 });
    // Past the due instant without any write: overdue.
    await setClock(t, '2026-04-11T17:00:00.500Z');
    expect(await petitions()).toMatchObject({ received: 2, overdue: 1 });
    // A paused clock is not overdue; resumed, it is again.
    const pause = await t
      .http()
      .post(api(`/petitions/${late.id}/pause`))
      .set(bearer(admin))
      .send({ reason: 'Đề nghị công dân bổ sung' });
    expect(pause.status).toBe(200);
    expect(await petitions()).toMatchObject({ received: 2, overdue: 0 });
    const resume = await t
      .http()
      .post(api(`/petitions/${late.id}/resume`))
      .set(bearer(admin))
      .send({});
    expect(resume.status).toBe(200);
    expect(await petitions()).toMatchObject({ received: 2, overdue: 1 });
    // Completed after its due instant (started and done by PATCH, then answered): overdue for good. The other one, answered before its
    // due instant (the answer completes it), is on time, also once that instant has passed.
    for (const status of ['in_progress', 'done']) {
      const r = await t
        .http()
        .patch(api(`/tasks/${late.taskId}`))
        .set(bearer(admin))
        .send({ status });
      expect(r.status).toBe(200);
    }
    await answer(late.taskId);
    await answer(onTime.taskId);
    await setClock(t, '2026-04-25T03:00:00Z');
    expect(await petitions()).toMatchObject({ received: 2, handled: 2, onTime: 1, overdue: 1 });
    await setClock(t, '2026-04-10T03:00:00Z');
  });
});
