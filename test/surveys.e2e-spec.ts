import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { startSmtp, type TestSmtp } from './helpers/smtp.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import { ON_POSTGRES } from './helpers/test-db.js';
import type { Body } from './helpers/api-types.js';
import { acceptCase, guideCase, minutes, session, ward } from './helpers/minutes-fixtures.js';

/**
 * Satisfaction surveys end to end: the e-mail that tells a petition's answer carries a one-time link (delivered to a
 * real SMTP server), the link answers once, expires, and the answers are anonymous and aggregated from 5 on.
 */
describe('satisfaction surveys', () => {
  let t: TestServer;
  let smtp: TestSmtp;
  let office: string;
  let handler: string;
  let leader: string;
  let wardId: string;
  let cityId: string;
  const codes: string[] = [];
  const PEOPLE = 7;

  const form = (code: string) => t.http().get(api(`/public/surveys/${code}`));
  const answer = (code: string, body: Record<string, unknown>) =>
    t
      .http()
      .post(api(`/public/surveys/${code}`))
      .send(body);
  const results = (unitId: string, token = leader) =>
    t.http().get(api('/surveys/results')).query({ unitId, from: '2026-03-01', to: '2026-03-31' }).set(bearer(token));
  const scores = (r: number, ti: number, c: number, o: number) => ({
    answers: { reception: r, timeliness: ti, clarity: c, outcome: o },
  });

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startServer({ env: { TEST_CLOCK: 'true', SMTP_URL: smtp.url, JOBS_ENABLED: 'true' } });
    office = await t.token('office');
    handler = await t.token('handler');
    leader = await t.token('leader');
    const units = (await t.http().get(api('/units')).set(bearer(office))).body as Body<'get', '/units'>;
    const ward = units.find((u) => u.code === '11311')!;
    wardId = ward.id;
    cityId = ward.parentId!;
    await setClock(t, '2026-03-02T02:00:00.000Z');
    for (let i = 0; i < PEOPLE; i++) {
      const p = await t
        .http()
        .post(api('/petitions'))
        .set(bearer(office))
        .send({
          type: 'recommendation',
          channel: 'online',
          receivedAt: '2026-03-02T02:00:00.000Z',
          unitId: wardId,
          petitioner: { fullName: `Nguyễn Văn Khảo ${i}`, email: `khao.sat.${i}@example.vn`, phone: '0934567891' },
          subject: `Kiến nghị sửa đường ngõ ${i}`,
          content: 'Đề nghị sửa đường ngõ bị hư hỏng.',
        });
      expect(p.status).toBe(201);
      const task = await t
        .http()
        .post(api(`/petitions/${p.body.id}/tasks`))
        .set(bearer(office))
        .send({ assigneeUnitId: wardId, instruction: 'Trả lời công dân.' });
      expect(task.status).toBe(201);
      const res = await t
        .http()
        .post(api(`/tasks/${task.body.id}/result`))
        .set(bearer(handler))
        .send({ summary: 'Đã đưa vào kế hoạch sửa chữa quý II.', publish: false });
      expect(res.status).toBe(200);
    }
    // Each person gets two e-mails: the receipt with the petition's lookup code, then the answer with the survey link.
    await smtp.waitFor(2 * PEOPLE, 30_000);
    for (let i = 0; i < PEOPLE; i++) {
      const mail = smtp.to(`khao.sat.${i}@example.vn`).find((x) => x.text.includes('/khao-sat/'));
      expect(mail).toBeDefined();
      const m = /\/khao-sat\/([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})/.exec(mail!.text);
      expect(m).not.toBeNull();
      codes.push(m![1]!);
    }
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('the answer e-mail carries a one-time link with its printed code and last day', async () => {
    const mail = smtp.to('khao.sat.0@example.vn').find((x) => x.text.includes('/khao-sat/'));
    expect(mail!.subject).toContain('Kết quả giải quyết đơn');
    expect(mail!.text).toContain('Đã đưa vào kế hoạch sửa chữa quý II.');
    expect(mail!.text).toContain('phiếu khảo sát sự hài lòng');
    expect(mail!.text).toContain(`Mã phiếu: ${codes[0]}`);
    expect(mail!.text).toContain('đến hết ngày 01/05/2026');
    expect(new Set(codes).size).toBe(PEOPLE);
  });

  it('the link opens the Vietnamese question set with its version and source', async () => {
    const res = await form(codes[0]!);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 1, expiresOn: '2026-05-01' });
    expect(res.body.criteria.map((c: { key: string }) => c.key)).toEqual([
      'reception',
      'timeliness',
      'clarity',
      'outcome',
    ]);
    expect(res.body.source).toContain('SIPAS');
    expect(res.body.scale[4]).toBe('Rất hài lòng');
    // The printed code typed by hand (lower case, spaces) opens the same survey.
    expect((await form(codes[0]!.toLowerCase().replace(/-/g, ''))).status).toBe(200);
    const unknown = await form('AAAA-BBBB-CCCC');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('SURVEY_NOT_FOUND');
    expect((await form('nonsense')).status).toBe(404);
  });

  it("the citizens' page shows one 1–5 radio group per criterion and a comment box", async () => {
    const res = await t.http().get(`/khao-sat/${codes[6]}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('Phiếu khảo sát sự hài lòng của công dân');
    expect(res.text.match(/type="radio"/g)).toHaveLength(20);
    expect(res.text).toContain('name="comment"');
    expect(res.text).toContain('name="_csrf"');
  });

  it('bad answers are refused with 400 and the link stays usable', async () => {
    const bad = await answer(codes[0]!, { answers: { reception: 6, timeliness: 3, clarity: 3 } });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('SURVEY_INVALID_ANSWERS');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'answers.outcome',
      'answers.reception',
    ]);
    expect((await answer(codes[0]!, { answers: 'five' })).status).toBe(400);
    expect((await form(codes[0]!)).status).toBe(200);
    expect((await t.db.query('SELECT id FROM survey_answers')).length).toBe(0);
  });

  it('fewer than 5 answers show "not enough answers"; the 5th shows means; a link answers once', async () => {
    const empty = await results(wardId);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ answers: 0, enough: false, criteria: null, note: 'Chưa đủ câu trả lời' });

    const given = [scores(5, 4, 4, 3), scores(4, 3, 4, 2), scores(5, 5, 5, 5), scores(3, 2, 3, 1)];
    for (let i = 0; i < given.length; i++) {
      const res = await answer(codes[i]!, given[i]!);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ version: 1 });
    }
    const four = await results(wardId);
    expect(four.body).toMatchObject({ answers: 4, enough: false, criteria: null, note: 'Chưa đủ câu trả lời' });
    expect(four.body.comments).toMatchObject({ items: [], total: 0 });

    const again = await answer(codes[0]!, scores(1, 1, 1, 1));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SURVEY_ALREADY_ANSWERED');
    expect((await form(codes[0]!)).status).toBe(409);

    const fifth = await answer(codes[4]!, {
      ...scores(4, 4, 4, 4),
      comment: 'Cán bộ nhiệt tình. Gọi tôi 0912 345 678 hoặc thư khao.sat.4@example.vn, CCCD 031190004466.',
    });
    expect(fifth.status).toBe(201);
    const five = await results(wardId);
    expect(five.status).toBe(200);
    expect(five.body).toMatchObject({
      answers: 5,
      enough: true,
      note: null,
      criteria: {
        reception: { mean: 4.2, answers: 5 },
        timeliness: { mean: 3.6, answers: 5 },
        clarity: { mean: 4, answers: 5 },
        outcome: { mean: 3, answers: 5 },
      },
    });
    expect(five.body.comments.total).toBe(1);
    const shown = five.body.comments.items[0].comment as string;
    expect(shown).toBe(
      'Cán bộ nhiệt tình. Gọi tôi [đã ẩn số điện thoại] hoặc thư [đã ẩn thư điện tử], CCCD [đã ẩn số giấy tờ].',
    );
    // Masked at write: the raw number is nowhere in the table.
    const stored = await t.db.query<{ comment: string | null }>('SELECT comment FROM survey_answers');
    expect(JSON.stringify(stored)).not.toMatch(/0912|345 678|example\.vn|031190004466/);

    // Rolled up: the city sees its ward's answers.
    const city = await results(cityId, await t.token('admin'));
    expect(city.body).toMatchObject({ answers: 5, enough: true, criteria: { outcome: { mean: 3, answers: 5 } } });
    // A month without answers has none.
    const april = await t
      .http()
      .get(api('/surveys/results'))
      .query({ unitId: wardId, from: '2026-04-01', to: '2026-04-30' })
      .set(bearer(leader));
    expect(april.body).toMatchObject({ answers: 0, enough: false });
  });

  it('only leaders, the office and admins read results; bad periods are refused', async () => {
    expect((await results(wardId, handler)).status).toBe(403);
    expect((await results(wardId, office)).status).toBe(200);
    const bad = await t
      .http()
      .get(api('/surveys/results'))
      .query({ unitId: wardId, from: '2026-03-31', to: '2026-03-01' })
      .set(bearer(leader));
    expect(bad.status).toBe(400);
    expect((await t.http().get(api('/surveys/results')).query({ unitId: wardId })).status).toBe(401);
  });

  it('a link expires after SURVEY_TTL_DAYS (60): 410, nothing stored', async () => {
    // Handed out on 02/03 (local): works through 01/05 (02/03 + 60 days), refused from 00:00 on 02/05 in Hà Nội.
    await setClock(t, '2026-05-01T16:59:59.000Z');
    expect((await form(codes[5]!)).status).toBe(200);
    await setClock(t, '2026-05-01T17:00:00.000Z');
    const late = await answer(codes[5]!, scores(5, 5, 5, 5));
    expect(late.status).toBe(410);
    expect(late.body.code).toBe('SURVEY_EXPIRED');
    expect((await form(codes[6]!)).status).toBe(410);
    // The citizens' page of the same links (HTML, no JavaScript needed): expired, answered, open, unknown.
    const page = (code: string) => t.http().get(`/khao-sat/${code}`);
    const expiredPage = await page(codes[6]!);
    expect(expiredPage.status).toBe(410);
    expect(expiredPage.text).toContain('Đường dẫn khảo sát đã hết hạn');
    expect((await page(codes[0]!)).text).toContain('Phiếu khảo sát này đã được trả lời');
    expect((await page('AAAA-BBBB-CCCC')).status).toBe(404);
    // An answered link still says "answered", not "expired".
    expect((await form(codes[0]!)).status).toBe(409);
    expect((await t.db.query('SELECT id FROM survey_answers')).length).toBe(5);
  });

  it('no table joins an answer to a person: the schema proves it', async () => {
    type Fk = { table: string; column: string; refTable: string };
    let tables: string[];
    let columns: Record<string, string[]>;
    let fks: Fk[];
    if (ON_POSTGRES) {
      tables = (
        await t.db.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
        )
      ).map((r) => r.table_name);
      columns = {};
      for (const r of await t.db.query<{ table_name: string; column_name: string }>(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
      ))
        (columns[r.table_name] ??= []).push(r.column_name);
      fks = await t.db.query<Fk>(
        `SELECT kcu.table_name AS "table", kcu.column_name AS "column", ccu.table_name AS "refTable"
           FROM information_schema.table_constraints tc
           JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
           JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
          WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`,
      );
    } else {
      tables = (
        await t.db.query<{ name: string }>(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
      ).map((r) => r.name);
      columns = {};
      fks = [];
      for (const name of tables) {
        columns[name] = (await t.db.query<{ name: string }>(`SELECT name FROM pragma_table_info('${name}')`)).map(
          (r) => r.name,
        );
        for (const fk of await t.db.query<{ table: string; from: string }>(
          `SELECT "table", "from" FROM pragma_foreign_key_list('${name}')`,
        ))
          fks.push({ table: name, column: fk.from, refTable: fk.table });
      }
    }
    expect(tables).toEqual(expect.arrayContaining(['survey_answers', 'survey_scores', 'survey_invitations']));

    // 1. An answer points only at its unit and its question-set version; a score only at its answer.
    const from = (table: string) => fks.filter((f) => f.table === table).map((f) => `${f.column}→${f.refTable}`);
    expect(from('survey_answers').sort()).toEqual(['question_set_version→survey_question_sets', 'unit_id→units']);
    expect(from('survey_scores')).toEqual(['answer_id→survey_answers']);
    // 2. The invitation points only at a unit, and nothing points at it (no outbox, petition or booking row).
    expect(from('survey_invitations')).toEqual(['unit_id→units']);
    // 3. No other table references an answer, a score or an invitation, by foreign key or by a column.
    const surveyTables = new Set(['survey_answers', 'survey_scores', 'survey_invitations', 'survey_question_sets']);
    expect(
      fks.filter((f) => !surveyTables.has(f.table) && f.refTable.startsWith('survey_')).map((f) => f.table),
    ).toEqual([]);
    for (const [table, cols] of Object.entries(columns))
      if (!surveyTables.has(table)) expect(cols.filter((c) => /survey|answer_id|invitation/.test(c))).toEqual([]);
    // 4. The answer tables hold no column that could name the person, the case, the link or the time of answering.
    const allowed: Record<string, string[]> = {
      survey_answers: ['comment', 'id', 'kind', 'period', 'question_set_version', 'unit_id'],
      survey_scores: ['answer_id', 'criterion', 'score'],
      survey_invitations: ['expires_at', 'id', 'kind', 'token_hash', 'unit_id', 'used'],
    };
    for (const [table, cols] of Object.entries(allowed)) expect([...columns[table]!].sort()).toEqual(cols);
    // 5. Answer ids are random (UUIDv4), not time-ordered UUIDv7, and answers carry the month only.
    const rows = await t.db.query<{ id: string; period: string }>('SELECT id, period FROM survey_answers');
    for (const r of rows) {
      expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
      expect(r.period).toBe('2026-03');
    }
    const inv = await t.db.query<{ id: string }>('SELECT id FROM survey_invitations');
    for (const r of inv) expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
  });

  it("publishing a dialogue's results e-mails each questioner who left an e-mail address once, with a survey link", async () => {
    const officials = (
      await t
        .http()
        .get(api(`/officials?unitId=${wardId}`))
        .set(bearer(office))
    ).body as Body<'get', '/officials'>;
    const venues = (
      await t
        .http()
        .get(api(`/venues?unitId=${wardId}`))
        .set(bearer(office))
    ).body as Body<'get', '/venues'>;
    await setClock(t, '2026-05-04T02:00:00Z');
    const d = await t
      .http()
      .post(api('/dialogues'))
      .set(bearer(office))
      .send({
        unitId: wardId,
        topic: 'Vệ sinh môi trường khu dân cư',
        mode: 'in_person',
        venueId: venues[0]!.id,
        chairOfficialIds: [officials.find((o) => o.position === 'head' && o.body === 'government')!.id],
        trigger: 'periodic',
        startsAt: '2026-05-20T01:00:00.000Z',
        endsAt: '2026-05-20T03:00:00.000Z',
      });
    expect(d.status).toBe(201);
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${d.body.id}/publish`))
          .set(bearer(office))
      ).status,
    ).toBe(200);
    const ask = async (fullName: string, contact?: string) =>
      expect(
        (
          await t
            .http()
            .post(api(`/dialogues/${d.body.id}/questions`))
            .send({ fullName, question: 'Đề nghị phường tăng số lần thu gom rác mỗi tuần.', contact })
        ).status,
      ).toBe(201);
    await ask('Phạm Thị Lan', 'lan.pham@example.vn');
    await ask('Phạm Thị Lan', 'LAN.PHAM@example.vn');
    await ask('Hoàng Văn Tư', '0912345678');
    await ask('Vũ Thị Mai', 'mai.vu@example.vn');
    await ask('Không để lại liên hệ');
    await setClock(t, '2026-05-20T04:00:00Z');
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${d.body.id}/held`))
          .set(bearer(office))
          .send({})
      ).status,
    ).toBe(200);
    const before = smtp.messages.length;
    const res = await t
      .http()
      .post(api(`/dialogues/${d.body.id}/results`))
      .set(bearer(office))
      .send({ summary: 'Phường tăng thu gom rác lên 3 lần mỗi tuần từ tháng 6.' });
    expect(res.status).toBe(200);
    await smtp.waitFor(before + 2, 30_000);
    await new Promise((r) => setTimeout(r, 1500)); // nothing else arrives
    const mails = smtp.messages.slice(before);
    expect(mails.map((m) => m.to).sort()).toEqual(['lan.pham@example.vn', 'mai.vu@example.vn']);
    const mail = mails[0]!;
    expect(mail.subject).toContain('Kết quả hội nghị đối thoại ngày 20/05/2026');
    expect(mail.text).toContain('Phường tăng thu gom rác lên 3 lần mỗi tuần từ tháng 6.');
    const code = /\/khao-sat\/([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})/.exec(mail.text)![1]!;
    expect((await answer(code, scores(4, 4, 4, 4))).status).toBe(201);
    expect((await answer(code, scores(4, 4, 4, 4))).status).toBe(409);
    const kinds = await t.db.query<{ kind: string; period: string }>(
      "SELECT kind, period FROM survey_answers WHERE kind = 'dialogue'",
    );
    expect(kinds).toEqual([{ kind: 'dialogue', period: '2026-05' }]);
  });

  it('a person guided at the desk gets a printable slip (code, link, QR) made at finalisation; the code answers once', async () => {
    const w = await ward(t);
    const sec = bearer(await t.token('secretary'));
    await setClock(t, '2026-05-25T02:00:00.000Z');
    const minutesId = await minutes(t, await session(t, w, '2026-05-27'));
    const addCase = async (body: Record<string, unknown>) => {
      const res = await t
        .http()
        .post(api(`/minutes/${minutesId}/cases`))
        .set(sec)
        .send(body);
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const guided = await addCase(guideCase());
    const accepted = await addCase(acceptCase(w, { assigneeUnitId: w.unitId, dueDate: '2026-06-26' }));
    const slip = (id: string, format?: string) =>
      t
        .http()
        .get(api(`/reception-log/${id}/survey-slip`))
        .query(format ? { format } : {})
        .set(sec);
    const draft = await slip(guided);
    expect(draft.status).toBe(422);
    expect(draft.body.code).toBe('SURVEY_SLIP_NOT_APPLICABLE');
    await setClock(t, '2026-05-27T05:00:00.000Z');
    expect(
      (
        await t
          .http()
          .post(api(`/minutes/${minutesId}/finalize`))
          .set(sec)
      ).status,
    ).toBe(200);
    const first = await slip(guided);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ lastDay: '2026-07-26' });
    expect(first.body.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(first.body.url).toMatch(new RegExp(`/khao-sat/${first.body.code}$`));
    expect(first.body.qrSvg).toContain('<svg');
    expect(first.body.text).toContain(`Mã phiếu: ${first.body.code}`);
    // Printed again: the same code (derived from the case, stored nowhere).
    expect((await slip(guided)).body.code).toBe(first.body.code);
    const png = await slip(guided, 'png')
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(png.headers['content-type']).toContain('image/png');
    expect((png.body as Buffer).subarray(1, 4).toString('latin1')).toBe('PNG');
    // An accepted case is answered later (its link comes with the answer): no slip.
    expect((await slip(accepted)).status).toBe(422);
    expect((await answer(first.body.code, scores(5, 5, 4, 3))).status).toBe(201);
    expect((await answer(first.body.code, scores(5, 5, 4, 3))).status).toBe(409);
    const rows = await t.db.query<{ kind: string; period: string }>(
      "SELECT kind, period FROM survey_answers WHERE kind = 'reception'",
    );
    expect(rows).toEqual([{ kind: 'reception', period: '2026-05' }]);
  });
});
