import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { docxPart, flat, saveOutput, wordText } from '../src/documents/testing/extract.js';
import { ON_POSTGRES } from './helpers/test-db.js';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { acceptCase, guideCase, minutes, session, type Ward, ward } from './helpers/minutes-fixtures.js';
import { api, binary } from './helpers/client.js';
import { setClock } from './helpers/clock.js';

/** Following one's petition: the code and secret printed for the citizen, and GET /public/petitions/:code. */
describe('petition lookup (tra cứu hồ sơ)', () => {
  let t: TestServer;
  let w: Ward;
  let sec: Record<string, string>;
  let sessionId: string;
  const cases: Record<string, string> = {};
  const lookups: Record<string, { code: string; secret: string; petitionId: string }> = {};

  async function noticeText(query: string, name: string): Promise<string> {
    const res = await t
      .http()
      .get(api(`/sessions/${sessionId}/conclusion-notice?format=docx${query}`))
      .set(sec)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    const file = saveOutput(`e2e-${ON_POSTGRES ? 'pg' : 'sqlite'}-${name}`, res.body as Buffer);
    return flat(wordText(docxPart(file, 'word/document.xml')));
  }

  const lookup = (code: string, secret?: string) => {
    const req = t.http().get(api(`/public/petitions/${encodeURIComponent(code)}`));
    return secret === undefined ? req : req.set('X-Lookup-Secret', secret);
  };

  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true', THROTTLE_LIMIT: '40' } });
    await setClock(t, '2026-03-02T01:00:00Z');
    w = await ward(t);
    sec = bearer(await t.token('secretary'));
    sessionId = await session(t, w, '2026-03-05');
    const minutesId = await minutes(t, sessionId);
    const bodies = {
      complaint: acceptCase(w, { assigneeUnitId: w.unitId, dueDate: '2026-03-20' }),
      denunciation: acceptCase(w, {
        fullName: 'Ngô Văn Kín',
        idNumber: '031099001122',
        petitionType: 'denunciation',
        summary: 'Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục.',
        request: null,
        assigneeUnitId: w.unitId,
        dueDate: '2026-03-20',
      }),
      guide: guideCase(),
    };
    for (const [k, body] of Object.entries(bodies)) {
      const res = await t
        .http()
        .post(api(`/minutes/${minutesId}/cases`))
        .set(sec)
        .send(body);
      expect(res.status).toBe(201);
      cases[k] = res.body.id as string;
    }
    await setClock(t, '2026-03-05T04:45:00Z');
    const fin = await t
      .http()
      .post(api(`/minutes/${minutesId}/finalize`))
      .set(sec);
    expect(fin.status).toBe(200);
    for (const k of ['complaint', 'denunciation']) {
      const text = await noticeText(`&caseId=${cases[k]}`, `lookup-notice-${k}.docx`);
      const m = /tra cứu (HS-26-[A-Z0-9]{7}) và mã bí mật ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/u.exec(text);
      expect(m).not.toBeNull();
      const petitionId = (fin.body.petitions as { caseId: string; petitionId: string }[]).find(
        (p) => p.caseId === cases[k],
      )!.petitionId;
      lookups[k] = { code: m![1]!, secret: m![2]!, petitionId };
    }
  }, 180_000);
  afterAll(() => t.close());

  it('prints every code on the shared conclusion notice, and a secret only on the citizen’s own copy', async () => {
    const shared = await noticeText('', 'lookup-notice-shared.docx');
    expect(shared).toContain(`Mã tra cứu hồ sơ: ${lookups.complaint!.code}`);
    expect(shared).toContain(`Mã tra cứu hồ sơ: ${lookups.denunciation!.code}`);
    expect(shared).not.toContain(lookups.complaint!.secret);
    expect(shared).not.toContain(lookups.denunciation!.secret);
    expect(shared).not.toContain('mã bí mật');
    const own = await noticeText(`&caseId=${cases.complaint}`, 'lookup-notice-again.docx');
    expect(own).toContain(lookups.complaint!.secret); // a re-printed copy carries the same secret
    expect(own).not.toContain(lookups.denunciation!.secret);
    // A case without a petition (guidance only) has no citizen's copy.
    expect(
      (
        await t
          .http()
          .get(api(`/sessions/${sessionId}/conclusion-notice?format=docx&caseId=${cases.guide}`))
          .set(sec)
      ).status,
    ).toBe(404);
    // Stored: the code in clear, the secret only hashed and encrypted.
    const [row] = await t.db.query<{ lookup_code: string; lookup_secret_hash: string; lookup_secret_enc: string }>(
      'SELECT lookup_code, lookup_secret_hash, lookup_secret_enc FROM petitions WHERE id = $1',
      [lookups.complaint!.petitionId],
    );
    expect(row!.lookup_code).toBe(lookups.complaint!.code);
    expect(row!.lookup_secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.lookup_secret_enc).toMatch(/^v3:/);
    expect(JSON.stringify(row)).not.toContain(lookups.complaint!.secret);
  });

  it('shows status, unit, deadline and extensions for the right secret, typed loosely', async () => {
    const { code, secret } = lookups.complaint!;
    const res = await lookup(code.toLowerCase().replace(/-/g, ' '), secret.toLowerCase().replace(/-/g, ''));
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({
      code,
      status: 'received',
      unit: { name: 'Phường Hồng Bàng' },
      receivedOn: '2026-03-05',
      dueOn: expect.stringMatching(/^2026-\d\d-\d\d$/),
      extensions: [],
    });
  });

  it('answers the same 404 for a wrong secret, a wrong code, a malformed code and a missing secret', async () => {
    const { code, secret } = lookups.complaint!;
    const other = lookups.denunciation!;
    const wrongSecret = await lookup(code, other.secret);
    expectProblem(wrongSecret, 404, 'NOT_FOUND');
    const bodies = [
      wrongSecret,
      await lookup(other.code, secret), // a real code with another petition's secret
      await lookup('HS-26-2345672', secret),
      await lookup('not-a-code', secret),
      await lookup(code),
      await lookup(code, ''),
    ].map((r) => {
      expect(r.status).toBe(404);
      // `instance` echoes the path asked for, `requestId` differs per request: the rest is identical.
      const { requestId: _r, instance: _i, ...rest } = r.body as Record<string, unknown>;
      return JSON.stringify(rest);
    });
    expect(bodies).toEqual(bodies.map(() => bodies[0]));
  });

  it('shows a sealed denunciation’s status and deadline only', async () => {
    const { code, secret } = lookups.denunciation!;
    const res = await lookup(code, secret);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ code, status: 'received', dueOn: expect.stringMatching(/^2026-\d\d-\d\d$/) });
    expect(JSON.stringify(res.body)).not.toContain('Hồng Bàng');
  });

  it('moves a denunciation’s deadline by its extension (the reason stays sealed), and shows a complaint’s answer', async () => {
    const office = bearer(await t.token('office'));
    await setClock(t, '2026-03-09T02:00:00Z');
    const d = lookups.denunciation!;
    expect(
      (
        await t
          .http()
          .post(api(`/petitions/${d.petitionId}/accept`))
          .set(office)
          .send({ acceptedOn: '2026-03-09' })
      ).status,
    ).toBe(200);
    const before = (await lookup(d.code, d.secret)).body as { dueOn: string };
    const ext = await t
      .http()
      .post(api(`/petitions/${d.petitionId}/extensions`))
      .set(office)
      .send({ reason: 'Vụ việc phức tạp, cần xác minh tại nhiều nơi', days: 30, complexity: 'complex' });
    expect(ext.status).toBe(201);
    const extended = await lookup(d.code, d.secret);
    expect(extended.body).toEqual({ code: d.code, status: 'accepted', dueOn: expect.any(String) });
    expect(extended.body.dueOn > before.dueOn).toBe(true);

    const { code, secret, petitionId } = lookups.complaint!;
    expect((await lookup(code, secret)).body.answer).toBeUndefined();
    const [task] = await t.db.query<{ id: string }>('SELECT id FROM tasks WHERE petition_id = $1', [petitionId]);
    const handler = bearer(await t.token('handler'));
    expect(
      (
        await t
          .http()
          .patch(api(`/tasks/${task!.id}`))
          .set(handler)
          .send({ status: 'in_progress' })
      ).status,
    ).toBe(200);
    await setClock(t, '2026-03-16T03:00:00Z');
    const done = await t
      .http()
      .post(api(`/tasks/${task!.id}/result`))
      .set(handler)
      .send({ summary: 'Giữ nguyên mức bồi thường; công dân có quyền khiếu nại lần hai.', publish: true });
    expect(done.status).toBe(200);
    const answered = await lookup(code, secret);
    expect(answered.body.answer).toEqual({
      summary: 'Giữ nguyên mức bồi thường; công dân có quyền khiếu nại lần hai.',
      answeredOn: '2026-03-16',
    });
  });

  it('filters the published results by unit (with sub-units), type and period', async () => {
    const admin = bearer(await t.token('admin'));
    const units = (await t.http().get(api('/units')).set(admin)).body as { id: string; parentId: string | null }[];
    const city = units.find((u) => u.id !== w.unitId && units.some((c) => c.parentId === u.id && c.id === w.unitId));
    const list = async (q: string) => {
      const res = await t.http().get(api(`/public/results?${q}`));
      expect(res.status).toBe(200);
      return (res.body.items as { subject: string; answer: string; unitId: string }[]).filter((x) =>
        x.answer.startsWith('Giữ nguyên mức bồi thường'),
      );
    };
    expect(await list(`unitId=${w.unitId}&type=complaint&from=2026-03-16&to=2026-03-16`)).toHaveLength(1);
    expect(await list(`unitId=${w.unitId}&type=denunciation`)).toHaveLength(0);
    expect(await list(`unitId=${w.unitId}&from=2026-03-17`)).toHaveLength(0);
    expect(await list(`unitId=${w.unitId}&to=2026-03-15`)).toHaveLength(0);
    if (city) {
      expect(await list(`unitId=${city.id}`)).toHaveLength(0);
      expect(await list(`unitId=${city.id}&subUnits=true`)).toHaveLength(1);
    }
    expectProblem(await t.http().get(api('/public/results?from=16/03/2026')), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http().get(api('/public/results?type=khac')), 400, 'VALIDATION_FAILED');
  });

  it('e-mails the code and secret when the petitioner gave an e-mail address (a letter received by post)', async () => {
    const res = await t
      .http()
      .post(api('/petitions'))
      .set(bearer(await t.token('office')))
      .send({
        type: 'recommendation',
        channel: 'mail',
        receivedAt: '2026-03-16T02:00:00.000Z',
        content: 'Kiến nghị lắp đèn chiếu sáng ngõ 12.',
        unitId: w.unitId,
        petitioner: { fullName: 'Trần Văn Thư', address: 'Ngõ 12', email: 'tran.van.thu@example.vn' },
      });
    expect(res.status).toBe(201);
    const mails = await t.db.query<{ to_address: string; subject: string; text: string }>(
      'SELECT to_address, subject, text FROM outbox_messages WHERE ref_id = $1 AND kind = $2',
      [res.body.id, 'petition.lookup'],
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to_address).toBe('tran.van.thu@example.vn');
    const code = /Mã tra cứu: (HS-26-[A-Z0-9]{7})/u.exec(mails[0]!.text)![1]!;
    const secret = /Mã bí mật: ([A-Z0-9-]{14})/u.exec(mails[0]!.text)![1]!;
    expect(mails[0]!.subject).toContain(code);
    expect(mails[0]!.text).toContain('/tra-cuu');
    const found = await lookup(code, secret);
    expect(found.body).toMatchObject({
      code,
      status: 'received',
      receivedOn: '2026-03-16',
      unit: { name: 'Phường Hồng Bàng' },
    });
  });

  it('is rate-limited like booking management (429 with Retry-After)', async () => {
    const { code } = lookups.complaint!;
    let last = 0;
    for (let i = 0; i < 45 && last !== 429; i += 1) last = (await lookup(code, 'AAAA-AAAA-AAAA')).status;
    expect(last).toBe(429);
    const limited = await lookup(code, lookups.complaint!.secret);
    expectProblem(limited, 429, 'TOO_MANY_REQUESTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
