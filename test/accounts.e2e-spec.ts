import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { expectProblem } from './helpers/problem.js';
import { baseEnv, bearer, DEMO_PASSWORD, startServer, type TestServer } from './helpers/server.js';
import { api } from './helpers/client.js';
import { advanceClock, setClock } from './helpers/clock.js';

/** An HS256 token signed with the test server's JWT_SECRET, with any payload (to test what the guard accepts). */
function forge(payload: Record<string, unknown>): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iat: now, exp: now + 3600, ...payload })}`;
  return `${body}.${createHmac('sha256', baseEnv().JWT_SECRET).update(body).digest('base64url')}`;
}

describe('accounts (disable, roles, unit, passwords, token checks)', () => {
  let t: TestServer;
  let admin: string;
  let wardId: string;
  let cityId: string;
  let n = 0;

  const login = (username: string, password: string, ip = '10.0.0.1') =>
    t.http().post(api('/auth/login')).set('X-Forwarded-For', ip).send({ username, password });

  /** A fresh user of its own for each test, and a token of theirs. */
  async function newUser(roles: string[] = ['office']): Promise<{ id: string; username: string; token: string }> {
    const username = `acc.user${++n}`;
    const created = await t
      .http()
      .post(api('/users'))
      .set(bearer(admin))
      .send({ username, password: DEMO_PASSWORD, roles, unitId: wardId });
    expect(created.status).toBe(201);
    const res = await login(username, DEMO_PASSWORD);
    expect(res.status).toBe(200);
    return { id: created.body.id, username, token: res.body.accessToken };
  }

  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true' } });
    admin = await t.token('admin');
    const units = await t.http().get(api('/units')).set(bearer(admin));
    wardId = units.body.find((u: { code: string }) => u.code === '11311').id;
    cityId = units.body.find((u: { code: string }) => u.code === 'HP').id;
  });
  afterAll(() => t.close());

  it('lists and reads users (admin only)', async () => {
    const u = await newUser();
    const one = await t
      .http()
      .get(api(`/users/${u.id}`))
      .set(bearer(admin));
    expect(one.status).toBe(200);
    expect(one.body).toEqual({
      id: u.id,
      username: u.username,
      fullName: null,
      title: null,
      roles: ['office'],
      unitId: wardId,
      officialId: null,
      active: true,
    });
    expect(JSON.stringify(one.body)).not.toMatch(/password|hash|tokenVersion/i);
    expectProblem(
      await t
        .http()
        .get(api(`/users/${u.id}`))
        .set(bearer(u.token)),
      403,
      'FORBIDDEN',
    );
    expectProblem(await t.http().get(api('/users/0190a1b2-0000-7000-8000-000000000000')).set(bearer(admin)), 404);
  });

  it('disabling a user refuses their existing token at once, and their login', async () => {
    const u = await newUser();
    expect((await t.http().get(api('/users/me')).set(bearer(u.token))).status).toBe(200);
    const res = await t
      .http()
      .patch(api(`/users/${u.id}`))
      .set(bearer(admin))
      .send({ disabled: true });
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    expectProblem(await t.http().get(api('/users/me')).set(bearer(u.token)), 401, 'INVALID_TOKEN');
    expectProblem(await login(u.username, DEMO_PASSWORD), 401, 'INVALID_CREDENTIALS');
    // enabling again lets them sign in, but the old token stays dead
    expect(
      (
        await t
          .http()
          .patch(api(`/users/${u.id}`))
          .set(bearer(admin))
          .send({ disabled: false })
      ).body.active,
    ).toBe(true);
    expectProblem(await t.http().get(api('/users/me')).set(bearer(u.token)), 401, 'INVALID_TOKEN');
    expect((await login(u.username, DEMO_PASSWORD)).status).toBe(200);
    const audit = await t
      .http()
      .get(api(`/audit?entityType=user&entityId=${u.id}`))
      .set(bearer(admin));
    const summaries = audit.body.items.map((a: { summary: string }) => a.summary).join('\n');
    expect(summaries).toContain('disabled');
    expect(summaries).toContain('enabled');
  });

  it('a role change refuses the old token; a new login carries the new roles', async () => {
    const u = await newUser(['office']);
    expectProblem(await t.http().get(api('/audit')).set(bearer(u.token)), 403);
    const res = await t
      .http()
      .patch(api(`/users/${u.id}`))
      .set(bearer(admin))
      .send({ roles: ['inspector', 'leader'] });
    expect(res.body.roles).toEqual(['inspector', 'leader']);
    expectProblem(await t.http().get(api('/users/me')).set(bearer(u.token)), 401, 'INVALID_TOKEN');
    const again = await login(u.username, DEMO_PASSWORD);
    expect(again.body.user.roles).toEqual(['inspector', 'leader']);
    const me = await t.http().get(api('/users/me')).set(bearer(again.body.accessToken));
    expect(me.body.roles).toEqual(['inspector', 'leader']);
  });

  it('a unit change refuses the old token and moves the scope of the new one', async () => {
    const u = await newUser(['office']);
    const ward = await t
      .http()
      .get(api(`/units/${wardId}`))
      .set(bearer(u.token));
    expect(ward.status).toBe(200);
    expectProblem(
      await t
        .http()
        .patch(api(`/users/${u.id}`))
        .set(bearer(admin))
        .send({ unitId: '0190a1b2-0000-7000-8000-000000000000' }),
      400,
      'UNIT_NOT_FOUND',
    );
    expect((await t.http().get(api('/users/me')).set(bearer(u.token))).status).toBe(200);
    const res = await t
      .http()
      .patch(api(`/users/${u.id}`))
      .set(bearer(admin))
      .send({ unitId: cityId });
    expect(res.body.unitId).toBe(cityId);
    expectProblem(await t.http().get(api('/users/me')).set(bearer(u.token)), 401, 'INVALID_TOKEN');
    const again = await login(u.username, DEMO_PASSWORD);
    expect(again.body.user.unitId).toBe(cityId);
  });

  it('rejects bad account changes with problem details', async () => {
    const u = await newUser();
    expectProblem(
      await t
        .http()
        .patch(api(`/users/${u.id}`))
        .set(bearer(admin))
        .send({ roles: ['root'] }),
      400,
    );
    expectProblem(
      await t
        .http()
        .patch(api(`/users/${u.id}`))
        .set(bearer(admin))
        .send({ roles: 'admin' }),
      400,
    );
    expectProblem(
      await t
        .http()
        .patch(api(`/users/${u.id}`))
        .set(bearer(admin))
        .send({ disabled: 'yes' }),
      400,
    );
    // null means "leave as is", never "enable" or "no unit"
    await t
      .http()
      .patch(api(`/users/${u.id}`))
      .set(bearer(admin))
      .send({ disabled: true });
    const unchanged = await t
      .http()
      .patch(api(`/users/${u.id}`))
      .set(bearer(admin))
      .send({ disabled: null, unitId: null });
    expect(unchanged.status).toBe(200);
    expect(unchanged.body).toMatchObject({ active: false, unitId: wardId });
    const other = await newUser();
    expectProblem(
      await t
        .http()
        .patch(api(`/users/${u.id}`))
        .set(bearer(other.token))
        .send({ roles: ['admin'] }),
      403,
      'FORBIDDEN',
    );
    const adminId = (await t.http().get(api('/users/me')).set(bearer(admin))).body.id;
    expectProblem(
      await t
        .http()
        .patch(api(`/users/${adminId}`))
        .set(bearer(admin))
        .send({ disabled: true }),
      409,
      'LAST_ADMIN',
    );
    expectProblem(
      await t
        .http()
        .patch(api(`/users/${adminId}`))
        .set(bearer(admin))
        .send({ roles: ['office'] }),
      409,
      'LAST_ADMIN',
    );
  });

  it('changes the own password: wrong current → 400, old tokens and password stop working', async () => {
    const u = await newUser();
    const wrong = await t
      .http()
      .post(api('/auth/password'))
      .set(bearer(u.token))
      .send({ current: 'not-my-password', next: 'a-new-password-1' });
    expectProblem(wrong, 400, 'WRONG_CURRENT_PASSWORD');
    expect(wrong.body.errors).toEqual([{ field: 'current', message: expect.any(String) }]);
    expectProblem(
      await t.http().post(api('/auth/password')).set(bearer(u.token)).send({ current: DEMO_PASSWORD, next: 'short' }),
      400,
    );
    expectProblem(
      await t.http().post(api('/auth/password')).send({ current: DEMO_PASSWORD, next: 'a-new-password-1' }),
      401,
    );
    const ok = await t
      .http()
      .post(api('/auth/password'))
      .set(bearer(u.token))
      .send({ current: DEMO_PASSWORD, next: 'a-new-password-1' });
    expect(ok.status).toBe(200);
    expect(ok.body.mustChangePassword).toBe(false);
    expectProblem(await t.http().get(api('/users/me')).set(bearer(u.token)), 401, 'INVALID_TOKEN');
    expect((await t.http().get(api('/users/me')).set(bearer(ok.body.accessToken))).status).toBe(200);
    expectProblem(await login(u.username, DEMO_PASSWORD), 401, 'INVALID_CREDENTIALS');
    expect((await login(u.username, 'a-new-password-1')).status).toBe(200);
    const audit = await t
      .http()
      .get(api(`/audit?entityType=user&entityId=${u.id}&action=password_change`))
      .set(bearer(admin));
    expect(audit.body.total).toBe(1);
  });

  it('a password reset returns a one-time password that only allows choosing a new one', async () => {
    const u = await newUser();
    expectProblem(
      await t
        .http()
        .post(api(`/users/${u.id}/password-reset`))
        .set(bearer(u.token)),
      403,
      'FORBIDDEN',
    );
    const reset = await t
      .http()
      .post(api(`/users/${u.id}/password-reset`))
      .set(bearer(admin));
    expect(reset.status).toBe(201);
    const otp = reset.body.oneTimePassword as string;
    expect(otp).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expectProblem(await t.http().get(api('/users/me')).set(bearer(u.token)), 401, 'INVALID_TOKEN');
    expectProblem(await login(u.username, DEMO_PASSWORD), 401, 'INVALID_CREDENTIALS');
    const first = await login(u.username, otp);
    expect(first.status).toBe(200);
    expect(first.body.mustChangePassword).toBe(true);
    const temp = first.body.accessToken as string;
    expect((await t.http().get(api('/users/me')).set(bearer(temp))).status).toBe(200);
    expectProblem(
      await t
        .http()
        .get(api(`/units/${wardId}`))
        .set(bearer(temp)),
      403,
      'PASSWORD_CHANGE_REQUIRED',
    );
    const changed = await t
      .http()
      .post(api('/auth/password'))
      .set(bearer(temp))
      .send({ current: otp, next: 'chosen-password-2' });
    expect(changed.status).toBe(200);
    expect(changed.body.mustChangePassword).toBe(false);
    expect(
      (
        await t
          .http()
          .get(api(`/units/${wardId}`))
          .set(bearer(changed.body.accessToken))
      ).status,
    ).toBe(200);
    // the one-time password was valid once: it is gone with the change
    expectProblem(await login(u.username, otp), 401, 'INVALID_CREDENTIALS');
    const audit = await t
      .http()
      .get(api(`/audit?entityType=user&entityId=${u.id}`))
      .set(bearer(admin));
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['password_reset', 'password_change']),
    );
    expect(JSON.stringify(audit.body)).not.toContain(otp);
    expect(t.logs()).not.toContain(otp);
  });

  it('refuses well-signed tokens for a user that does not exist or with a malformed payload', async () => {
    const u = await newUser(['office']);
    const me = (await t.http().get(api('/users/me')).set(bearer(u.token))).body;
    // the forging works: a well-formed payload of the real user at its current version passes
    const base = { sub: u.id, username: u.username, roles: ['office'], unitId: wardId, officialId: null, tv: 0 };
    expect(
      (
        await t
          .http()
          .get(api('/users/me'))
          .set(bearer(forge(base)))
      ).status,
    ).toBe(200);
    expect(me.id).toBe(u.id);
    expectProblem(
      await t
        .http()
        .get(api('/users/me'))
        .set(bearer(forge({ ...base, sub: '0190a1b2-0000-7000-8000-0000000000ff' }))),
      401,
      'INVALID_TOKEN',
    );
    expectProblem(
      await t
        .http()
        .get(api('/audit'))
        .set(bearer(forge({ ...base, roles: 'admin' }))),
      401,
      'INVALID_TOKEN',
    );
    expectProblem(
      await t
        .http()
        .get(api('/users/me'))
        .set(bearer(forge({ ...base, roles: ['root'] }))),
      401,
      'INVALID_TOKEN',
    );
    expectProblem(
      await t
        .http()
        .get(api('/users/me'))
        .set(bearer(forge({ ...base, tv: undefined }))),
      401,
      'INVALID_TOKEN',
    );
    expectProblem(
      await t
        .http()
        .get(api('/users/me'))
        .set(bearer(forge({ ...base, tv: 7 }))),
      401,
      'INVALID_TOKEN',
    );
    // roles claimed in a token do not grant anything: the user's stored roles count
    expectProblem(
      await t
        .http()
        .get(api('/audit'))
        .set(bearer(forge({ ...base, roles: ['admin'] }))),
      403,
      'FORBIDDEN',
    );
  });

  it('locks an account after 5 failures whatever the client IP: 429 with Retry-After, even for the right password', async () => {
    const u = await newUser();
    await setClock(t, '2026-02-10T01:00:00Z');
    for (let i = 1; i <= 5; i++)
      expectProblem(await login(u.username, `wrong-password-${i}`, `10.1.0.${i}`), 401, 'INVALID_CREDENTIALS');
    const locked = await login(u.username, `wrong-password-6`, '10.1.0.6');
    expectProblem(locked, 429, 'ACCOUNT_LOCKED');
    expect(locked.headers['retry-after']).toBe('1');
    expectProblem(await login(u.username, DEMO_PASSWORD, '10.1.0.7'), 429, 'ACCOUNT_LOCKED');
    // other accounts are not affected
    expect((await login('office', DEMO_PASSWORD, '10.1.0.8')).status).toBe(200);
    // after the lock-out one more failure doubles it
    await advanceClock(t, 1_000);
    expectProblem(await login(u.username, 'wrong-again', '10.1.0.9'), 401, 'INVALID_CREDENTIALS');
    const doubled = await login(u.username, DEMO_PASSWORD, '10.1.0.10');
    expectProblem(doubled, 429, 'ACCOUNT_LOCKED');
    expect(doubled.headers['retry-after']).toBe('2');
    await advanceClock(t, 2_000);
    expect((await login(u.username, DEMO_PASSWORD, '10.1.0.11')).status).toBe(200);
    // a success clears the record: the next failure is a plain 401 again
    expectProblem(await login(u.username, 'wrong-after-success', '10.1.0.12'), 401, 'INVALID_CREDENTIALS');
  });

  it('audits a failed login with a keyed hash of the username, never the username', async () => {
    const typed = 'my-secret-passphrase-in-the-username-field';
    expectProblem(await login(typed, 'whatever', '10.2.0.1'), 401, 'INVALID_CREDENTIALS');
    expectProblem(await login(typed, 'whatever', '10.2.0.2'), 401, 'INVALID_CREDENTIALS');
    const audit = await t.http().get(api('/audit?action=login_failed&limit=200')).set(bearer(admin));
    expect(JSON.stringify(audit.body)).not.toContain(typed);
    const summaries = audit.body.items.map((a: { summary: string }) => a.summary);
    const hashes = summaries.filter((s: string) => /^username_hmac=[0-9a-f]{16}$/.test(s));
    // both attempts carry the same hash, so attempts on one name can be grouped
    expect(new Set(hashes).size).toBeLessThan(hashes.length);
    expect(t.logs()).not.toContain(typed);
  });
});

describe('bootstrap admin password and the per-IP login limit', () => {
  let t: TestServer;
  let file: string;

  beforeAll(async () => {
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    file = join(await mkdtemp(join(tmpdir(), 'tiepdan-admin-')), 'secrets', 'admin-password.txt');
    t = await startServer({
      env: { ADMIN_PASSWORD: '', ADMIN_PASSWORD_FILE: file, DEMO_DATA: 'false', LOGIN_THROTTLE_LIMIT: '3' },
    });
  });
  afterAll(() => t.close());

  it('writes a random admin password to a 0600 file (stdout is not a terminal), logs the path but not the password', async () => {
    const { readFile, stat } = await import('node:fs/promises');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const password = (await readFile(file, 'utf8')).trim();
    expect(password.length).toBeGreaterThanOrEqual(16);
    // The log line may reach the test a moment after the file exists.
    for (let i = 0; i < 50 && !t.logs().includes(file); i++) await new Promise((r) => setTimeout(r, 100));
    expect(t.logs()).toContain(file);
    expect(t.logs()).not.toContain(password);
    const res = await t
      .http()
      .post(api('/auth/login'))
      .set('X-Forwarded-For', '10.3.0.1')
      .send({ username: 'admin', password });
    expect(res.status).toBe(200);
  });

  it('answers the per-IP limit with 429 and a Retry-After header', async () => {
    const attempt = () =>
      t
        .http()
        .post(api('/auth/login'))
        .set('X-Forwarded-For', '10.4.0.1')
        .send({ username: 'nobody', password: 'wrong-password' });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expectProblem(limited, 429, 'TOO_MANY_REQUESTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });
});
