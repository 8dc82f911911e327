import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  dropAppendOnlyTriggers,
  failAuditInserts,
  num,
  restoreAuditInserts,
  runVerify,
  undoChainMigration,
} from './helpers/audit-fixtures.js';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { startSmtp, type TestSmtp } from './helpers/smtp.js';
import { ON_POSTGRES } from './helpers/test-db.js';
import { api } from './helpers/client.js';
import type { Body } from './helpers/api-types.js';

interface AuditRow {
  at: unknown;
  seq: number | string;
  id: string;
  request_id: string | null;
  entity_type: string;
  entity_id: string | null;
  action: string;
  summary: string | null;
}

describe('audit log: same transaction, request ids, tamper evidence, unit scope', () => {
  let t: TestServer;
  let smtp: TestSmtp;
  let admin: string;
  let office: string;
  let wardId: string;
  let otherWardId: string;
  let cityId: string;

  const maxSeq = async () =>
    num((await t.db.query<{ m: number | string | null }>('SELECT MAX(seq) AS m FROM audit_log'))[0]!.m ?? 0);
  const official = (unitId: string, fullName: string) => ({
    fullName,
    title: 'Cán bộ tiếp công dân',
    unitId,
    position: 'deputy',
    body: 'government',
  });

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startServer({ env: { SMTP_URL: smtp.url } });
    admin = await t.token('admin');
    office = await t.token('office');
    const units = (await t.http().get(api('/units')).set(bearer(admin))).body as Body<'get', '/units'>;
    wardId = units.find((u) => u.code === '11311')!.id;
    cityId = units.find((u) => u.code === 'HP')!.id;
    otherWardId = units.find((u) => u.level === 'commune' && u.code !== '11311')!.id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('gives every audit row of a request the request id of its log line and X-Request-Id header', async () => {
    const before = await maxSeq();
    const given = await t
      .http()
      .post(api('/officials'))
      .set(bearer(office))
      .set('X-Request-Id', 'audit-e2e-given-0001')
      .send(official(wardId, 'Trần Văn Ánh'));
    expect(given.status).toBe(201);
    expect(given.headers['x-request-id']).toBe('audit-e2e-given-0001');
    const patched = await t
      .http()
      .patch(api(`/officials/${given.body.id}`))
      .set(bearer(office))
      .send({ title: 'Phó trưởng ban tiếp công dân' });
    const venue = await t
      .http()
      .post(api('/venues'))
      .set(bearer(office))
      .send({ name: 'Phòng tiếp dân số 2', address: 'Số 1 Hoàng Diệu', unitId: wardId });
    expect([patched.status, venue.status]).toEqual([200, 201]);
    const ids = [given, patched, venue].map((r) => r.headers['x-request-id'] as string);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);

    const rows = await t.db.query<AuditRow>('SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq', [before]);
    expect(rows.map((r) => [r.request_id, r.entity_type, r.action, r.entity_id])).toEqual([
      [ids[0], 'official', 'create', given.body.id],
      [ids[1], 'official', 'update', given.body.id],
      [ids[2], 'venue', 'create', venue.body.id],
    ]);
    // The request log line carries the same id (logged when the response has been sent: wait for the last one).
    for (let i = 0; i < 50 && !t.logs().includes(`"id":"${ids[2]}"`); i += 1)
      await new Promise((r) => setTimeout(r, 100));
    for (const id of ids) expect(t.logs()).toMatch(new RegExp(`"req":\\{"id":"${id}"`));
  });

  it('rolls the change back when its audit row cannot be written (no committed change without its row)', async () => {
    const existing = await t.http().post(api('/officials')).set(bearer(office)).send(official(wardId, 'Lê Thị Bình'));
    expect(existing.status).toBe(201);
    const before = await maxSeq();
    await failAuditInserts(t, 'official');
    try {
      const created = await t
        .http()
        .post(api('/officials'))
        .set(bearer(office))
        .send(official(wardId, 'Phạm Quốc Cường'));
      expectProblem(created, 500);
      const patched = await t
        .http()
        .patch(api(`/officials/${existing.body.id}`))
        .set(bearer(office))
        .send({ title: 'Đã sửa mà không có nhật ký' });
      expectProblem(patched, 500);
    } finally {
      await restoreAuditInserts(t);
    }
    expect(await t.db.query("SELECT id FROM officials WHERE full_name = 'Phạm Quốc Cường'")).toHaveLength(0);
    expect(
      (await t.db.query<{ title: string }>('SELECT title FROM officials WHERE id = $1', [existing.body.id]))[0]!.title,
    ).toBe('Cán bộ tiếp công dân');
    expect(await maxSeq()).toBe(before);
    // And once the audit log accepts rows again, the same write goes through with its row.
    const retried = await t
      .http()
      .post(api('/officials'))
      .set(bearer(office))
      .send(official(wardId, 'Phạm Quốc Cường'));
    expect(retried.status).toBe(201);
    const rows = await t.db.query<AuditRow>('SELECT * FROM audit_log WHERE seq > $1', [before]);
    expect(rows.map((r) => [r.entity_id, r.request_id])).toEqual([[retried.body.id, retried.headers['x-request-id']]]);
  });

  it('audits a write route that changed nothing afterwards, and never turns its answer into an error', async () => {
    const flush = () => t.http().post(api('/notifications/outbox/flush')).set(bearer(admin));
    expect((await flush()).status).toBe(200); // delivers whatever is queued: the next flush has nothing to change
    const before = await maxSeq();
    const idle = await flush();
    expect(idle.status).toBe(200);
    const rows = await t.db.query<AuditRow>('SELECT * FROM audit_log WHERE seq > $1', [before]);
    expect(rows.map((r) => [r.entity_type, r.action, r.request_id])).toEqual([
      ['outbox_message', 'create', idle.headers['x-request-id']],
    ]);
    await failAuditInserts(t, 'outbox_message');
    try {
      const again = await flush();
      expect(again.status).toBe(200);
      expect(again.body).toEqual(idle.body);
    } finally {
      await restoreAuditInserts(t);
    }
    expect(await maxSeq()).toBe(before + 1);
    for (let i = 0; i < 50 && !t.logs().includes('Audit write failed'); i += 1)
      await new Promise((r) => setTimeout(r, 100));
    expect(t.logs()).toContain('Audit write failed for a request that changed nothing');
  });

  it("scopes the audit API by unit: an inspector reads its units' trails, another unit's entity answers 404", async () => {
    const mine = await t.http().post(api('/officials')).set(bearer(office)).send(official(wardId, 'Đỗ Thu Hà'));
    const theirs = await t
      .http()
      .post(api('/officials'))
      .set(bearer(admin))
      .send(official(otherWardId, 'Vũ Đức Giang'));
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    for (const [username, unitId] of [
      ['thanhtra.phuongkhac', otherWardId],
      ['thanhtra.thanhpho', cityId],
    ] as const) {
      const res = await t
        .http()
        .post(api('/users'))
        .set(bearer(admin))
        .send({ username, password: 'mat-khau-dai-du', roles: ['inspector'], unitId });
      expect(res.status).toBe(201);
    }
    const read = async (token: string, id: string, entityType = 'official') =>
      t.http().get(api('/audit')).query({ entityType, entityId: id }).set(bearer(token));
    const inspector = await t.token('inspector');
    const otherInspector = await t.token('thanhtra.phuongkhac', 'mat-khau-dai-du');
    const cityInspector = await t.token('thanhtra.thanhpho', 'mat-khau-dai-du');

    const own = await read(inspector, mine.body.id);
    expect(own.status).toBe(200);
    expect(own.body.items).toEqual([expect.objectContaining({ action: 'create', entityId: mine.body.id })]);
    expectProblem(await read(inspector, theirs.body.id), 404, 'NOT_FOUND');
    expectProblem(await read(otherInspector, mine.body.id), 404, 'NOT_FOUND');
    expect((await read(otherInspector, theirs.body.id)).body.total).toBe(1);
    // The city's inspector sees both wards (units below its own).
    for (const id of [mine.body.id, theirs.body.id]) expect((await read(cityInspector, id)).status).toBe(200);
    // An entity without a unit, or that does not exist, is not found either; the admin reads everything.
    expectProblem(await read(inspector, '2026', 'holiday_year'), 404);
    expectProblem(await read(inspector, '00000000-0000-4000-8000-000000000000'), 404);
    expect((await read(admin, theirs.body.id)).body.total).toBe(1);
    const res = await read(inspector, mine.body.id, 'petition');
    expect(res.body.detail).toBe('Bản ghi không tồn tại hoặc bạn không có quyền xem.');
  });

  it('refuses rewriting rows at the database: update, delete, INSERT OR REPLACE, truncate, rows off the chain', async () => {
    const first = (await t.db.query<AuditRow>('SELECT * FROM audit_log WHERE seq = 1'))[0]!;
    await expect(t.db.query("UPDATE audit_log SET action = 'tampered'")).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
    const copy = `SELECT id, at, actor_id, actor_username, actor_roles, 'tampered', entity_type, entity_id, request_id, summary, seq, prev_hash, hash FROM audit_log WHERE seq = 1`;
    const cols =
      '(id, at, actor_id, actor_username, actor_roles, action, entity_type, entity_id, request_id, summary, seq, prev_hash, hash)';
    if (ON_POSTGRES) {
      await expect(t.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
      await expect(
        t.db.query(`INSERT INTO audit_log ${cols} ${copy} ON CONFLICT (id) DO UPDATE SET action = 'tampered'`),
      ).rejects.toThrow(/append-only/);
    } else {
      await expect(t.db.query(`INSERT OR REPLACE INTO audit_log ${cols} ${copy}`)).rejects.toThrow(/append-only/);
      await expect(t.db.query(`REPLACE INTO audit_log ${cols} ${copy}`)).rejects.toThrow(/append-only/);
    }
    // A new row must continue the chain (seq = head + 1 and prev_hash = the head's hash).
    const forged = `INSERT INTO audit_log ${cols} VALUES ('forged-row', $1, NULL, NULL, '[]', 'create', 'official', NULL, NULL, NULL, $2, $3, $4)`;
    await expect(t.db.query(forged, [first.at, 999_999, '0'.repeat(64), 'f'.repeat(64)])).rejects.toThrow(
      /append-only/,
    );
    expect((await t.db.query<AuditRow>('SELECT * FROM audit_log WHERE seq = 1'))[0]).toEqual(first);
  });

  it('audit:verify passes on an intact log and names the first rewritten or deleted row once the triggers are gone', async () => {
    const ok = runVerify(t);
    expect(ok.out).toMatch(/audit log intact: \d+ rows; head seq=\d+ hash=[0-9a-f]{64}/);
    expect(ok.code).toBe(0);
    const head = /head seq=(\d+) hash=([0-9a-f]{64})/.exec(ok.out)!;
    const rows = await t.db.query<AuditRow>('SELECT * FROM audit_log ORDER BY seq');
    expect(rows.length).toBeGreaterThan(5);

    await dropAppendOnlyTriggers(t);
    const victim = rows[2]!;
    await t.db.query("UPDATE audit_log SET summary = 'nothing happened here' WHERE id = $1", [victim.id]);
    const rewritten = runVerify(t);
    expect(rewritten.code).toBe(1);
    expect(rewritten.out).toContain(
      `BROKEN at seq=${num(victim.seq)} id=${victim.id}: content does not match its hash`,
    );
    await t.db.query('UPDATE audit_log SET summary = $1 WHERE id = $2', [victim.summary, victim.id]);
    expect(runVerify(t).code).toBe(0);

    const deleted = rows[3]!;
    await t.db.query('DELETE FROM audit_log WHERE id = $1', [deleted.id]);
    const gap = runVerify(t);
    expect(gap.code).toBe(1);
    expect(gap.out).toContain(`BROKEN at seq=${num(deleted.seq)} id=${rows[4]!.id}: row(s) missing`);

    // Removing rows from the end leaves a shorter valid chain: the head noted earlier shows it.
    const last = rows[rows.length - 1]!;
    expect(num(last.seq)).toBe(Number(head[1]));
    await t.db.query('DELETE FROM audit_log WHERE seq >= $1', [num(deleted.seq)]);
    expect(runVerify(t).code).toBe(0);
    const cut = runVerify(t, '--head', `${head[1]}:${head[2]}`);
    expect(cut.code).toBe(1);
    expect(cut.out).toContain('the head noted earlier is gone');
  });
});

describe('audit chain migration', () => {
  it('chains the rows written before it, in time order', async () => {
    let t = await startServer();
    try {
      const office = await t.token('office');
      const units = (await t.http().get(api('/units')).set(bearer(office))).body as Body<'get', '/units'>;
      const wardId = units.find((u) => u.code === '11311')!.id;
      expect(
        (
          await t
            .http()
            .post(api('/venues'))
            .set(bearer(office))
            .send({ name: 'Hội trường', address: 'Số 3 Lý Tự Trọng', unitId: wardId })
        ).status,
      ).toBe(201);
      await t.stop();
      await undoChainMigration(t);
      // A row as the application wrote them before (empty request id).
      await t.db.query(
        `INSERT INTO audit_log (id, at, actor_id, actor_username, actor_roles, action, entity_type, entity_id, request_id, summary)
        VALUES ('00000000-0000-7000-8000-000000000001', $1, NULL, 'office', '["office"]', 'update', 'venue', NULL, '', 'PATCH /venues/:id')`,
        [ON_POSTGRES ? new Date('2020-01-01T00:00:00.000Z') : '2020-01-01 00:00:00.000'],
      );
      const count = (await t.db.query('SELECT id FROM audit_log')).length;
      expect(count).toBeGreaterThan(1);

      t = await startServer({ reuse: t.db });
      const verified = runVerify(t);
      expect(verified.out).toContain(`audit log intact: ${count} rows`);
      const first = (await t.db.query<AuditRow>('SELECT * FROM audit_log WHERE seq = 1'))[0]!;
      expect(first.id).toBe('00000000-0000-7000-8000-000000000001');
      // The chain goes on from the migrated rows.
      expect(
        (
          await t
            .http()
            .post(api('/venues'))
            .set(bearer(await t.token('office')))
            .send({ name: 'Nhà văn hóa', address: 'Số 5 Lý Tự Trọng', unitId: wardId })
        ).status,
      ).toBe(201);
      expect(runVerify(t).out).toContain(`audit log intact: ${count + 1} rows`);
    } finally {
      await t.close();
    }
  });
});
