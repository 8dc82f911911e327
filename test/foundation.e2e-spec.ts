import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectProblem } from './helpers/problem.js';
import { bearer, DEMO_PASSWORD, startServer, type TestServer } from './helpers/server.js';
import { api } from './helpers/client.js';

describe('foundation (HTTP, auth, scoping, errors, audit)', () => {
  let t: TestServer;
  let cityId: string;
  let wardId: string;

  beforeAll(async () => {
    t = await startServer();
    const units = await t
      .http()
      .get(api('/units'))
      .set(bearer(await t.token('admin')));
    cityId = units.body.find((u: { code: string }) => u.code === 'HP').id;
    wardId = units.body.find((u: { code: string }) => u.code === '11311').id;
  });
  afterAll(() => t.close());

  it('answers GET /api/health with 200 {status: ok}', async () => {
    const res = await t.http().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('loads the 114 commune-level units of Hải Phòng under the city, once', async () => {
    const res = await t
      .http()
      .get(api('/units'))
      .set(bearer(await t.token('admin')));
    const communes = res.body.filter((u: { level: string }) => u.level === 'commune');
    expect(communes).toHaveLength(114);
    expect(communes.every((u: { parentId: string }) => u.parentId === cityId)).toBe(true);
    expect(res.body.find((u: { code: string }) => u.code === '11311').name).toBe('Phường Hồng Bàng');
  });

  it('logs in and returns the token and user', async () => {
    const res = await t.http().post(api('/auth/login')).send({ username: 'office', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.user).toEqual({ id: expect.any(String), username: 'office', roles: ['office'], unitId: wardId });
  });

  it('refuses wrong credentials with 401 problem details and audits the failure', async () => {
    const res = await t.http().post(api('/auth/login')).send({ username: 'office', password: 'wrong-password' });
    expectProblem(res, 401, 'INVALID_CREDENTIALS');
    const unknown = await t.http().post(api('/auth/login')).send({ username: 'nobody', password: 'wrong-password' });
    expectProblem(unknown, 401, 'INVALID_CREDENTIALS');
    const audit = await t
      .http()
      .get(api('/audit?action=login_failed'))
      .set(bearer(await t.token('admin')));
    expect(audit.body.total).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(audit.body)).not.toContain('wrong-password');
  });

  it('needs a token (401), the right role (403), and hides other units (404)', async () => {
    expectProblem(await t.http().get(api('/units')), 401, 'UNAUTHENTICATED');
    expectProblem(await t.http().get(api('/units')).set(bearer('not-a-jwt')), 401, 'INVALID_TOKEN');
    const office = await t.token('office');
    expectProblem(
      await t.http().post(api('/units')).set(bearer(office)).send({ name: 'X', level: 'department' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await t
        .http()
        .get(api(`/units/${cityId}`))
        .set(bearer(office)),
      404,
      'NOT_FOUND',
    );
    expect(
      (
        await t
          .http()
          .get(api(`/units/${wardId}`))
          .set(bearer(office))
      ).status,
    ).toBe(200);
    expectProblem(await t.http().get(api('/units/not-a-uuid')).set(bearer(office)), 404);
  });

  it('scopes lists: a ward user sees its ward only, admin sees all', async () => {
    const office = await t
      .http()
      .get(api('/officials'))
      .set(bearer(await t.token('office')));
    expect(office.body.length).toBeGreaterThan(0);
    expect(office.body.every((o: { unitId: string }) => o.unitId === wardId)).toBe(true);
    const admin = await t
      .http()
      .get(api('/officials'))
      .set(bearer(await t.token('admin')));
    expect(admin.body.some((o: { unitId: string }) => o.unitId === cityId)).toBe(true);
    const cityOfficial = admin.body.find((o: { unitId: string }) => o.unitId === cityId);
    expectProblem(
      await t
        .http()
        .get(api(`/officials/${cityOfficial.id}`))
        .set(bearer(await t.token('office'))),
      404,
    );
    expectProblem(
      await t
        .http()
        .patch(api(`/officials/${cityOfficial.id}`))
        .set(bearer(await t.token('office')))
        .send({ title: 'Hack' }),
      404,
    );
  });

  it('creates, reads and updates officials and venues in scope, and audits each write', async () => {
    const office = await t.token('office');
    const created = await t.http().post(api('/officials')).set(bearer(office)).send({
      fullName: 'Ngô Thị Hạnh',
      title: 'Phó Chủ tịch UBND phường',
      unitId: wardId,
      position: 'deputy',
      body: 'government',
    });
    expect(created.status).toBe(201);
    const patched = await t
      .http()
      .patch(api(`/officials/${created.body.id}`))
      .set(bearer(office))
      .send({ title: 'Phó Chủ tịch Ủy ban nhân dân phường' });
    expect(patched.body.title).toBe('Phó Chủ tịch Ủy ban nhân dân phường');
    const venue = await t
      .http()
      .post(api('/venues'))
      .set(bearer(office))
      .send({ name: 'Nhà văn hóa tổ dân phố số 3', address: 'Tổ dân phố 3, phường Hồng Bàng', unitId: wardId });
    expect(venue.status).toBe(201);
    expectProblem(
      await t.http().post(api('/venues')).set(bearer(office)).send({ name: 'X', address: 'Y', unitId: cityId }),
      400,
      'UNIT_NOT_FOUND',
    );

    const audit = await t
      .http()
      .get(api(`/audit?entityType=official&entityId=${created.body.id}`))
      .set(bearer(await t.token('admin')));
    expect(audit.body.items.map((a: { action: string }) => a.action).sort()).toEqual(['create', 'update']);
    expect(audit.body.items[0]).toMatchObject({
      actorUsername: 'office',
      actorRoles: ['office'],
      requestId: expect.any(String),
    });
    expectProblem(await t.http().get(api('/audit')).set(bearer(office)), 403);
  });

  it('answers bad input with 400 problem details naming the field, and writes nothing', async () => {
    const admin = await t.token('admin');
    const before = (await t.http().get(api('/units')).set(bearer(admin))).body.length;
    const unknown = await t
      .http()
      .post(api('/units'))
      .set(bearer(admin))
      .send({ name: 'Phòng A', level: 'department', isEvil: true });
    expectProblem(unknown, 400, 'VALIDATION_FAILED');
    expect(unknown.body.errors).toContainEqual({ field: 'isEvil', message: expect.any(String) });
    const wrongType = await t.http().post(api('/units')).set(bearer(admin)).send({ name: 42, level: 'department' });
    expect(wrongType.body.errors.map((e: { field: string }) => e.field)).toContain('name');
    const tooLong = await t
      .http()
      .post(api('/units'))
      .set(bearer(admin))
      .send({ name: 'Đ'.repeat(201), level: 'department' });
    expect(tooLong.body.errors.map((e: { field: string }) => e.field)).toEqual(['name']);
    const badEnum = await t.http().post(api('/units')).set(bearer(admin)).send({ name: 'Phòng B', level: 'district' });
    expect(badEnum.body.errors.map((e: { field: string }) => e.field)).toEqual(['level']);
    const badDate = await t
      .http()
      .post(api('/units'))
      .set(bearer(admin))
      .send({ name: 'Phòng B', level: 'department', validFrom: '2026-02-30' });
    expect(badDate.body.errors.map((e: { field: string }) => e.field)).toEqual(['validFrom']);
    const malformed = await t
      .http()
      .post(api('/units'))
      .set(bearer(admin))
      .set('Content-Type', 'application/json')
      .send('{"name": ');
    expectProblem(malformed, 400, 'MALFORMED_JSON');
    const huge = await t
      .http()
      .post(api('/units'))
      .set(bearer(admin))
      .send({ name: 'x', level: 'department', padding: 'x'.repeat(200_000) });
    expectProblem(huge, 413, 'PAYLOAD_TOO_LARGE');
    const after = (await t.http().get(api('/units')).set(bearer(admin))).body.length;
    expect(after).toBe(before);
  });

  it('refuses a unit tree cycle', async () => {
    const admin = await t.token('admin');
    const dept = await t
      .http()
      .post(api('/units'))
      .set(bearer(admin))
      .send({ name: 'Phòng thử', level: 'department', parentId: wardId });
    expect(dept.status).toBe(201);
    expectProblem(
      await t
        .http()
        .patch(api(`/units/${wardId}`))
        .set(bearer(admin))
        .send({ parentId: dept.body.id }),
      400,
      'UNIT_CYCLE',
    );
  });

  it('creates users (admin only), refuses a taken username with 409', async () => {
    const admin = await t.token('admin');
    const body = { username: 'thuky.hongbang', password: 'mat-khau-dai-du', roles: ['secretary'], unitId: wardId };
    expect((await t.http().post(api('/users')).set(bearer(admin)).send(body)).status).toBe(201);
    expectProblem(await t.http().post(api('/users')).set(bearer(admin)).send(body), 409, 'USERNAME_TAKEN');
    expectProblem(
      await t
        .http()
        .post(api('/users'))
        .set(bearer(await t.token('office')))
        .send({ ...body, username: 'x.y.z' }),
      403,
    );
    expect(
      (await t.http().post(api('/auth/login')).send({ username: 'thuky.hongbang', password: 'mat-khau-dai-du' }))
        .status,
    ).toBe(200);
  });

  it('keeps the audit log append-only at the database level', async () => {
    await expect(t.db.query("UPDATE audit_log SET action = 'tampered'")).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    expect(
      Number((await t.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM audit_log'))[0].n),
    ).toBeGreaterThan(0);
  });

  it('serves the OpenAPI document and UI', async () => {
    const json = await t.http().get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining([api('/auth/login'), api('/units'), '/api/health']),
    );
    expect((await t.http().get('/api/docs')).status).toBe(200);
  });

  it('answers unknown routes with problem details and sets security headers', async () => {
    const res = await t.http().get(api('/nothing-here'));
    expectProblem(res, 404);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
  });
});
