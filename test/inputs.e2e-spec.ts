/**
 * Inputs that used to answer 500 answer 400 problem+json naming the field, and a generated walk over the OpenAPI
 * document sends every JSON body route wrong types, arrays where objects belong, nested arrays and deep nesting:
 * each must answer 4xx problem+json and write nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import {
  bodyText,
  deepArrayText,
  deepObject,
  fillPath,
  RawJson,
  withDeepField,
  type OpenApiDoc,
  operations,
  resolve,
  sample,
  type Schema,
  isObjectSchema,
  wrongValues,
} from './helpers/openapi.js';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { ON_POSTGRES } from './helpers/test-db.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import { minutes, session, ward } from './helpers/minutes-fixtures.js';
import type { Body } from './helpers/api-types.js';

function expectFieldProblem(res: Response, field: string): void {
  expectProblem(res, 400);
  expect(res.body.errors?.map((e: { field: string }) => e.field)).toContain(field);
}

describe('inputs that used to answer 500', () => {
  let t: TestServer;
  let admin: Record<string, string>;

  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true' } });
    await setClock(t, '2026-03-02T01:00:00Z');
    admin = bearer(await t.token('admin'));
  });
  afterAll(() => t.close());

  it('refuses years outside 2000–2100 in the holidays routes, naming the year', async () => {
    for (const year of ['1899', '1900', '2200', '-1', '1e3', '9999']) {
      expectFieldProblem(await t.http().get(api(`/holidays/${year}`)), 'year');
      expectFieldProblem(
        await t
          .http()
          .put(api(`/holidays/${year}`))
          .set(admin)
          .send([]),
        'year',
      );
    }
    for (const year of ['1900', '2200', '1e3', 'x'])
      expectFieldProblem(await t.http().get(api(`/holidays?year=${year}`)), 'year');
    expect((await t.http().get(api('/holidays/2026'))).status).toBe(200);
  });

  it('refuses a compliance period outside the accepted years, naming the field', async () => {
    expectFieldProblem(await t.http().get(api('/compliance?from=2200-01-01&to=2200-01-31')).set(admin), 'from');
    expectFieldProblem(await t.http().get(api('/compliance?from=2026-01-01&to=9999-12-31')).set(admin), 'to');
    expect((await t.http().get(api('/compliance?from=2026-01-01&to=2026-01-31')).set(admin)).status).toBe(200);
  });

  it('refuses a session dated in year 9999, and a booking slot in year 9999', async () => {
    const w = await ward(t);
    const res = await t
      .http()
      .post(api('/sessions'))
      .set(bearer(await t.token('office')))
      .send({
        officialId: w.leaderId,
        venueId: w.venueId,
        startsAt: '9999-03-05T01:00:00.000Z',
        endsAt: '9999-03-05T04:30:00.000Z',
        adHocReason: 'complex_case',
      });
    expectFieldProblem(res, 'startsAt');
    expect(res.body.errors.find((e: { field: string }) => e.field === 'startsAt').message).toContain(
      'từ năm 2000 đến năm 2100',
    );
    const booking = await t
      .http()
      .post(api('/bookings'))
      .send({ sessionId: '0190a000-0000-7000-8000-000000000000', slotStartsAt: '9999-01-01T01:00:00Z' });
    expectFieldProblem(booking, 'slotStartsAt');
  });

  it('refuses arrays where objects are expected', async () => {
    const w = await ward(t);
    const sec = bearer(await t.token('secretary'));
    const sessionId = await session(t, w, '2026-03-05');
    expectFieldProblem(
      await t
        .http()
        .post(api(`/sessions/${sessionId}/minutes`))
        .set(sec)
        .send({ secretary: [] }),
      'secretary',
    );
    expectFieldProblem(
      await t
        .http()
        .post(api(`/sessions/${sessionId}/minutes`))
        .set(sec)
        .send({ officials: [[]] }),
      'officials',
    );
    const minutesId = await minutes(t, sessionId);
    expectFieldProblem(
      await t
        .http()
        .patch(api(`/minutes/${minutesId}`))
        .set(sec)
        .send({ secretary: [] }),
      'secretary',
    );
    expectFieldProblem(
      await t
        .http()
        .post(api(`/minutes/${minutesId}/cases`))
        .set(sec)
        .send({ representatives: [[]] }),
      'representatives',
    );
    expectFieldProblem(await t.http().post(api('/petitions')).set(admin).send({ petitioner: [] }), 'petitioner');
    expectFieldProblem(
      await t
        .http()
        .post(api('/bookings'))
        .send({ representatives: [[]] }),
      'representatives[0]',
    );
  });

  it('refuses deeply nested JSON before validation with BODY_TOO_DEEP, on login and public routes too', async () => {
    const json = { 'Content-Type': 'application/json' };
    for (const body of [
      '['.repeat(5000) + ']'.repeat(5000),
      JSON.stringify({ username: deepObject(3000), password: 'x' }),
      JSON.stringify(deepObject(17)),
    ]) {
      expectProblem(await t.http().post(api('/auth/login')).set(json).send(body), 400, 'BODY_TOO_DEEP');
      expectProblem(
        await t.http().post(api('/dialogues/0190a000-0000-7000-8000-000000000000/questions')).set(json).send(body),
        400,
        'BODY_TOO_DEEP',
      );
      expectProblem(await t.http().post(api('/petitions')).set(admin).set(json).send(body), 400, 'BODY_TOO_DEEP');
    }
    // At the limit the body reaches validation (which names the fields) instead.
    expectProblem(
      await t
        .http()
        .post(api('/auth/login'))
        .set(json)
        .send(JSON.stringify(deepObject(16))),
      400,
      'VALIDATION_FAILED',
    );
  });
});

describe('every JSON body route, walked from the OpenAPI document', () => {
  let t: TestServer;
  let admin: Record<string, string>;
  let doc: OpenApiDoc;

  const tables = async (): Promise<string[]> =>
    (ON_POSTGRES
      ? await t.db.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'")
      : await t.db.query<{ name: string }>(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
    )
      .map((r) => r.name)
      .sort();
  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const name of await tables())
      out[name] = Number((await t.db.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM "${name}"`))[0]!.n);
    return out;
  }

  /** Real records for the path parameters, so that bodies the pipes let through reach the services. */
  const known: Record<string, string> = {};

  beforeAll(async () => {
    t = await startServer({ env: { THROTTLE_LIMIT: '0', TEST_CLOCK: 'true' } });
    await setClock(t, '2026-03-02T01:00:00Z');
    admin = bearer(await t.token('admin'));
    doc = (await t.http().get('/api/docs-json')).body as OpenApiDoc;
    const w = await ward(t);
    const office = bearer(await t.token('office'));
    const sessionId = await session(t, w, '2026-03-05');
    const petition = await t
      .http()
      .post(api('/petitions'))
      .set(office)
      .send({
        type: 'complaint',
        channel: 'reception',
        receivedAt: '2026-03-02T00:30:00.000Z',
        unitId: w.unitId,
        petitioner: { fullName: 'Đặng Thị Mai', idNumber: '031190004455', phone: '0934567890' },
        subject: 'Bồi thường giải phóng mặt bằng',
        content: 'Khiếu nại mức bồi thường.',
      });
    expect([petition.status, petition.body.errors ?? petition.body.code]).toEqual([201, undefined]);
    const task = await t
      .http()
      .post(api(`/petitions/${petition.body.id}/tasks`))
      .set(office)
      .send({ assigneeUnitId: w.unitId, instruction: 'Xác minh và trả lời công dân.' });
    expect(task.status).toBe(201);
    const dialogue = await t
      .http()
      .post(api('/dialogues'))
      .set(office)
      .send({
        unitId: w.unitId,
        topic: 'Chỉnh trang đô thị',
        mode: 'in_person',
        venueId: w.venueId,
        chairOfficialIds: [w.leaderId],
        trigger: 'periodic',
        startsAt: '2026-04-10T01:00:00.000Z',
        endsAt: '2026-04-10T03:00:00.000Z',
      });
    expect(dialogue.status).toBe(201);
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${dialogue.body.id}/publish`))
          .set(office)
      ).status,
    ).toBe(200);
    const question = await t
      .http()
      .post(api(`/dialogues/${dialogue.body.id}/questions`))
      .send({ fullName: 'Lê Văn Hỏi', question: 'Khi nào sửa đường liên tổ?' });
    expect(question.status).toBe(201);
    const schedules = (await t.http().get(api('/schedules')).set(admin)).body as Body<'get', '/schedules'>;
    const presets = (await t.http().get(api('/rule-presets')).set(admin)).body as Body<'get', '/rule-presets'>;
    Object.assign(known, {
      units: w.unitId,
      officials: w.leaderId,
      venues: w.venueId,
      sessions: sessionId,
      minutes: await minutes(t, sessionId),
      petitions: petition.body.id,
      tasks: task.body.id,
      dialogues: dialogue.body.id,
      questionId: question.body.id,
      'task-contacts': w.unitId,
      schedules: schedules[0]!.id,
      'rule-presets': presets[0]!.name,
    });
  });
  afterAll(() => t.close());

  it('answers 4xx problem+json to wrong types, nested arrays and deep nesting, and writes nothing', async () => {
    const targets = operations(doc).filter((o) => o.op.requestBody?.content['application/json']);
    expect(targets.length).toBeGreaterThan(30);
    const before = await counts();
    const failures: string[] = [];
    let sent = 0;
    for (const { method, path, op } of targets) {
      const schema = op.requestBody!.content['application/json']!.schema;
      const root = resolve(doc, schema);
      const bodies: unknown[] = [[[[]]], deepObject(40), new RawJson(deepArrayText(5000)), 'x', 1];
      if (root.type === 'array') {
        const item = root.items ? resolve(doc, root.items) : {};
        bodies.push(
          {},
          [[]],
          [1],
          ...Object.entries(item.properties ?? {}).flatMap(([k, p]) =>
            wrongValues(doc, p).map((v) => [{ ...(sample(doc, item) as object), [k]: v }]),
          ),
        );
      } else {
        const base = sample(doc, root) as Record<string, unknown>;
        bodies.push([], [{}]);
        for (const [k, p] of Object.entries(root.properties ?? {})) {
          for (const v of wrongValues(doc, p)) bodies.push({ ...base, [k]: v });
          bodies.push(withDeepField(base, k, 3000));
          // One level down: a wrong type inside a nested object or inside the items of an array of objects.
          const inner = resolve(doc, p.items ?? p);
          if (isObjectSchema(inner)) {
            const innerBase = sample(doc, inner) as Record<string, unknown>;
            for (const [q, qs] of Object.entries(inner.properties ?? {})) {
              const wrong = { ...innerBase, [q]: wrongValues(doc, qs as Schema)[0] };
              bodies.push({ ...base, [k]: p.items ? [wrong] : wrong });
            }
          }
        }
      }
      for (const body of bodies) {
        let req = t.http()[method as 'post'](fillPath(path, known)).set('Content-Type', 'application/json');
        if (op.security) req = req.set(admin);
        const res = await req.send(bodyText(body));
        sent++;
        const ok =
          res.status >= 400 &&
          res.status < 500 &&
          /^application\/problem\+json/.test(String(res.headers['content-type']));
        if (!ok)
          failures.push(
            `${method.toUpperCase()} ${path} ${bodyText(body).slice(0, 120)} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
          );
      }
    }
    expect(failures).toEqual([]);
    expect(await counts()).toEqual(before);
    expect(sent).toBeGreaterThan(300);
    expect(sent).toBeLessThan(3000);
  });
});
