import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { containsSealedIdentity, type SealedIdentity } from '../src/petitions/domain/identity-scan.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { api } from './helpers/client.js';
import type { Body } from './helpers/api-types.js';

/** The denouncer whose identity must never leave the sealed table except to the ward's inspector. */
const DENOUNCER = {
  fullName: 'Võ Minh Khang',
  idNumber: '031088012345',
  phone: '0977111222',
  address: 'Số 9 ngõ 12 phố Mẫu',
  email: 'nguoi-gui-17@example.vn',
};
const IDENTITY: SealedIdentity = { fullName: DENOUNCER.fullName, idNumber: DENOUNCER.idNumber, phone: DENOUNCER.phone };

interface Operation {
  parameters?: { name: string; in: string }[];
}

describe('sealed identity of a denouncer: nowhere but to the inspector of the unit', () => {
  let t: TestServer;
  let admin: string;
  let wardId: string;
  let otherUnitId: string;
  let petitionId: string;
  let taskId: string;
  const checked: { who: string; path: string; status: number }[] = [];

  beforeAll(async () => {
    t = await startServer();
    admin = await t.token('admin');
    const units = (await t.http().get(api('/units')).set(bearer(admin))).body as Body<'get', '/units'>;
    wardId = units.find((u) => u.code === '11311')!.id;
    otherUnitId = units.find((u) => u.code === 'DEMO-TTTP')!.id;
    for (const [username, roles, unitId] of [
      ['thanhtra.khac', ['inspector'], otherUnitId],
      ['thanhtra.thanhpho', ['inspector'], units.find((u) => u.code === 'HP')!.id],
    ] as const) {
      expect(
        (
          await t
            .http()
            .post(api('/users'))
            .set(bearer(admin))
            .send({ username, password: 'mat-khau-dai-du', roles, unitId })
        ).status,
      ).toBe(201);
    }
    const office = await t.token('office');
    const created = await t
      .http()
      .post(api('/petitions'))
      .set(bearer(office))
      .send({
        type: 'denunciation',
        channel: 'reception',
        receivedAt: '2026-03-02T02:00:00.000Z',
        unitId: wardId,
        petitioner: DENOUNCER,
        complexity: 'complex',
        subject: 'Tố cáo sai phạm trong cấp phép xây dựng',
        content: `Tôi là ${DENOUNCER.fullName} (CCCD ${DENOUNCER.idNumber}, ĐT ${DENOUNCER.phone}), tố cáo cán bộ địa chính nhận tiền để cấp phép sai. Ông VO MINH KHANG xin được giữ bí mật.`,
      });
    expect(created.status).toBe(201);
    petitionId = created.body.id;
    const step = (path: string, body: object) =>
      t
        .http()
        .post(api(`/petitions/${petitionId}${path}`))
        .set(bearer(office))
        .send(body);
    expect((await step('/accept', { acceptedOn: '2026-03-05' })).status).toBe(200);
    expect(
      (await step('/pause', { reason: `Mời ông ${DENOUNCER.fullName} bổ sung chứng cứ`, from: '2026-03-06' })).status,
    ).toBe(200);
    expect((await step('/resume', { to: '2026-03-10' })).status).toBe(200);
    expect((await step('/extensions', { reason: `Cần đối chất với ${DENOUNCER.fullName}`, days: 20 })).status).toBe(
      201,
    );
    const task = await t
      .http()
      .post(api(`/petitions/${petitionId}/tasks`))
      .set(bearer(office))
      .send({
        assigneeUnitId: wardId,
        instruction: `Xác minh nội dung tố cáo của ${DENOUNCER.fullName}, số CCCD ${DENOUNCER.idNumber}.`,
      });
    expect(task.status).toBe(201);
    taskId = task.body.id;
    const handler = await t.token('handler');
    expect(
      (
        await t
          .http()
          .patch(api(`/tasks/${taskId}`))
          .set(bearer(handler))
          .send({ status: 'in_progress' })
      ).status,
    ).toBe(200);
    const result = await t
      .http()
      .post(api(`/tasks/${taskId}/result`))
      .set(bearer(handler))
      .send({ summary: `Kết luận: nội dung tố cáo của ông ${DENOUNCER.fullName} đúng một phần.`, publish: true });
    expect(result.status).toBe(200);
  });
  afterAll(() => t.close());

  /** Every GET path of the API (from the OpenAPI document), with its path and known query parameters filled with real ids. */
  async function getOperations(): Promise<{ path: string; query: Record<string, string> }[]> {
    const doc = (await t.http().get('/api/docs-json')).body as { paths: Record<string, { get?: Operation }> };
    const firstId = async (collection: string): Promise<string | null> => {
      const res = await t
        .http()
        .get(api(`/${collection}`))
        .set(bearer(admin));
      const items = Array.isArray(res.body) ? res.body : res.body?.items;
      return Array.isArray(items) && items[0]?.id ? String(items[0].id) : null;
    };
    const known: Record<string, string> = {
      petitions: petitionId,
      tasks: taskId,
      units: wardId,
      'task-contacts': wardId,
      audit: petitionId,
    };
    const queryValues: Record<string, string> = {
      unitId: wardId,
      assigneeUnitId: wardId,
      entityType: 'petition',
      entityId: petitionId,
      petitionId,
      queue: 'all',
      year: '2026',
      limit: '200',
    };
    const ops: { path: string; query: Record<string, string> }[] = [];
    for (const [rawPath, item] of Object.entries(doc.paths)) {
      if (!item.get) continue;
      const segments = rawPath.replace(/^\/api\/v1\//, '').split('/');
      let path = rawPath;
      for (const m of rawPath.matchAll(/\{([^}]+)\}/g)) {
        const name = m[1];
        const owner = segments[segments.findIndex((s) => s.includes(`{${name}}`)) - 1] ?? '';
        let value: string | null = null;
        if (name === 'year') value = '2026';
        else if (name === 'name') value = 'petition-deadlines';
        else value = known[owner] ?? (await firstId(owner)) ?? '00000000-0000-4000-8000-000000000000';
        path = path.replace(`{${name}}`, value);
      }
      const query: Record<string, string> = {};
      for (const p of item.get.parameters ?? [])
        if (p.in === 'query' && queryValues[p.name]) query[p.name] = queryValues[p.name];
      ops.push({ path, query });
    }
    return ops;
  }

  it('never shows the name, ID number or phone in any GET response to any other role or the public', async () => {
    const ops = await getOperations();
    expect(ops.length).toBeGreaterThanOrEqual(15);
    expect(ops.map((o) => o.path)).toEqual(
      expect.arrayContaining([
        api(`/petitions/${petitionId}`),
        api('/petitions'),
        api('/tasks'),
        api(`/tasks/${taskId}`),
        api('/public/results'),
        api('/audit'),
      ]),
    );
    const who: [string, string | null][] = [['public', null]];
    for (const u of ['admin', 'office', 'secretary', 'handler', 'leader', 'viewer']) who.push([u, await t.token(u)]);
    who.push(
      ['thanhtra.khac', await t.token('thanhtra.khac', 'mat-khau-dai-du')],
      ['thanhtra.thanhpho', await t.token('thanhtra.thanhpho', 'mat-khau-dai-du')],
    );
    for (const [name, token] of who) {
      for (const op of ops) {
        for (const query of [op.query, {}]) {
          const req = t.http().get(op.path).query(query);
          const res = await (token ? req.set(bearer(token)) : req);
          checked.push({ who: name, path: op.path, status: res.status });
          const text = res.text ?? (Buffer.isBuffer(res.body) ? res.body.toString('utf8') : JSON.stringify(res.body));
          if (containsSealedIdentity(text, IDENTITY))
            throw new Error(`identity leaked to ${name} by GET ${op.path} ${JSON.stringify(query)} (${res.status})`);
        }
      }
    }
    // The checks above ran on real data: the case itself was visible to the staff of the ward.
    for (const u of ['office', 'secretary', 'handler', 'leader', 'viewer', 'admin']) {
      expect(checked.find((c) => c.who === u && c.path === api(`/petitions/${petitionId}`))?.status).toBe(200);
    }
    const office = await t
      .http()
      .get(api(`/petitions/${petitionId}`))
      .set(bearer(await t.token('office')));
    expect(office.body).toMatchObject({ petitioner: null, identityProtected: true, type: 'denunciation' });
    expect(office.body.content).toContain('[đã ẩn]');
    expect(office.body.content).toContain('tố cáo cán bộ địa chính');
    const pub = await t.http().get(api('/public/results'));
    expect(pub.body.items.map((i: { subject: string }) => i.subject)).toContain(
      'Tố cáo sai phạm trong cấp phép xây dựng',
    );
  });

  it('shows the identity to the inspector of the unit and audits every such read', async () => {
    const inspector = await t.token('inspector');
    const before = await t.db.query<{ n: number | string }>(
      "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'read_protected' AND entity_id = $1",
      [petitionId],
    );
    const res = await t
      .http()
      .get(api(`/petitions/${petitionId}`))
      .set(bearer(inspector));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      identityProtected: true,
      petitioner: {
        fullName: DENOUNCER.fullName,
        idNumber: DENOUNCER.idNumber,
        phone: DENOUNCER.phone,
        address: DENOUNCER.address,
      },
    });
    expect(res.body.content).toContain(DENOUNCER.fullName);
    await t
      .http()
      .get(api(`/petitions/${petitionId}`))
      .set(bearer(inspector));
    const after = await t.db.query<{ n: number | string }>(
      "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'read_protected' AND entity_id = $1",
      [petitionId],
    );
    expect(Number(after[0].n) - Number(before[0].n)).toBe(2);
    const audit = await t
      .http()
      .get(api(`/audit?entityType=petition&entityId=${petitionId}&action=read_protected`))
      .set(bearer(admin));
    expect(audit.body.items[0]).toMatchObject({
      action: 'read_protected',
      actorUsername: 'inspector',
      actorRoles: ['inspector'],
    });
    // Inspectors of other units, even of the parent city, never unseal it.
    const other = await t
      .http()
      .get(api(`/petitions/${petitionId}`))
      .set(bearer(await t.token('thanhtra.thanhpho', 'mat-khau-dai-du')));
    expect(other.body).toMatchObject({ petitioner: null, identityProtected: true });
  });

  it('keeps the identity out of the application log and out of every clear-text column', async () => {
    expect(t.logs().length).toBeGreaterThan(1000);
    expect(containsSealedIdentity(t.logs(), IDENTITY)).toBe(false);
    for (const table of [
      'petitions',
      'petition_identities',
      'petition_pauses',
      'petition_extensions',
      'tasks',
      'task_events',
      'public_results',
      'audit_log',
      'outbox_messages',
    ]) {
      const rows = await t.db.query(`SELECT * FROM ${table}`);
      expect({ table, leaked: containsSealedIdentity(JSON.stringify(rows), IDENTITY) }).toEqual({
        table,
        leaked: false,
      });
    }
  });
});
