import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { ROLES, type Role } from '../src/common/roles.js';
import {
  type Disclosure,
  type PersonalField,
  present,
  type RecordKind,
  roleDisclosure,
  SEALED_LABEL,
} from '../src/common/privacy/masking-policy.js';
import { docxPart, flat, pdfText, saveOutput, wordText } from '../src/documents/testing/extract.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { acceptCase, minutes, session, type Ward, ward } from './helpers/minutes-fixtures.js';
import { api, binary } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import type { Body } from './helpers/api-types.js';

/**
 * The masking policy (docs/privacy.md, src/common/privacy/masking-policy.ts) end to end: for each demo user (one per
 * role), every staff view of a person (bookings, petitions, minutes, the reception log as JSON, CSV, XLSX and DOCX,
 * dialogue questions, the outbox) is read, and each personal field is checked clear, masked or sealed as the table says
 * for an ordinary record and for a denunciation. Runs on SQLite and, with DATABASE_URL, PostgreSQL.
 */
const PLAIN = {
  fullName: 'Trần Thị Mai',
  idNumber: '001203004567',
  phone: '+84912345678',
  email: 'mai.tran@example.vn',
  address: 'tổ dân phố số 3, phường Hồng Bàng',
  topic: 'Bồi thường thu hồi đất ở',
};
const DENOUNCER = {
  fullName: 'Ngô Văn Tố',
  idNumber: '031188007777',
  phone: '+84977111222',
  email: 'to.ngo@example.vn',
  address: 'Số 9 ngõ 12 phố Mẫu',
  topic: 'Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục',
};
const QUESTION = { fullName: 'Lê Thị Hỏi', contact: '0987654321' };

interface Check {
  role: Role;
  view: string;
  field: PersonalField;
  sealed: boolean;
  expected: Disclosure;
  actual: unknown;
  problem?: string;
}

describe('one masking policy, every view, every role', () => {
  let t: TestServer;
  let w: Ward;
  let sessionId: string;
  let minutesId: string;
  let dialogueId: string;
  const codes: Record<'plain' | 'sealed', string> = { plain: '', sealed: '' };
  const bookingIds: Record<'plain' | 'sealed', string> = { plain: '', sealed: '' };
  const petitionIds: Record<'plain' | 'sealed', string> = { plain: '', sealed: '' };
  const caseIds: Record<'plain' | 'sealed', string> = { plain: '', sealed: '' };
  const checks: Check[] = [];
  const tokens = new Map<Role, string>();
  const auth = (role: Role) => bearer(tokens.get(role)!);

  /** Checks one field of one view against the table; `whole` is the whole response, searched for leaks. */
  function check(
    role: Role,
    view: string,
    kind: RecordKind,
    sealed: boolean,
    field: PersonalField,
    actual: unknown,
    clear: string,
    whole: string,
  ) {
    const expected = roleDisclosure(role, field, { kind, sealed, sameUnit: role !== 'admin' });
    const c: Check = { role, view, field, sealed, expected, actual };
    if (expected === 'clear' && actual !== clear) c.problem = `expected ${clear}`;
    if (expected === 'masked' && actual !== present(field, clear, 'masked'))
      c.problem = `expected ${present(field, clear, 'masked')}`;
    if (expected !== 'clear' && whole.includes(clear)) c.problem = `${clear} leaked`;
    if (expected === 'sealed' && !(actual === SEALED_LABEL || actual === null || actual === undefined || actual === ''))
      c.problem = 'expected sealed';
    checks.push(c);
  }

  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true' } });
    await setClock(t, '2026-03-02T01:00:00Z');
    for (const r of ROLES) tokens.set(r, await t.token(r));
    w = await ward(t);
    sessionId = await session(t, w, '2026-03-05');
    expect(
      (
        await t
          .http()
          .post(api(`/sessions/${sessionId}/publish`))
          .set(auth('office'))
          .send({ override: true, reason: 'Tiếp đột xuất' })
      ).status,
    ).toBe(200);
    const slots = await t.http().get(api(`/sessions/${sessionId}/slots`));
    for (const [key, p, type, slot] of [
      ['plain', PLAIN, 'complaint', 0],
      ['sealed', DENOUNCER, 'denunciation', 1],
    ] as const) {
      const b = await t
        .http()
        .post(api('/bookings'))
        .send({ sessionId, slotStartsAt: slots.body[slot].startsAt, ...p, petitionType: type });
      expect(b.status).toBe(201);
      codes[key] = b.body.code;
      bookingIds[key] = (
        await t.db.query<{ id: string }>('SELECT id FROM bookings WHERE code = $1', [b.body.code])
      )[0].id;
      const pet = await t
        .http()
        .post(api('/petitions'))
        .set(auth('office'))
        .send({
          type,
          channel: 'mail',
          receivedAt: '2026-03-02T01:00:00.000Z',
          unitId: w.unitId,
          content: `${p.topic}. Người gửi: ${p.fullName}.`,
          petitioner: {
            fullName: p.fullName,
            idNumber: p.idNumber,
            phone: p.phone,
            email: p.email,
            address: p.address,
          },
        });
      expect(pet.status).toBe(201);
      petitionIds[key] = pet.body.id;
    }
    minutesId = await minutes(t, sessionId);
    for (const [key, p, type] of [
      ['plain', PLAIN, 'complaint'],
      ['sealed', DENOUNCER, 'denunciation'],
    ] as const) {
      const c = await t
        .http()
        .post(api(`/minutes/${minutesId}/cases`))
        .set(auth('secretary'))
        .send(
          acceptCase(w, {
            fullName: p.fullName,
            idNumber: p.idNumber,
            address: p.address,
            petitionType: type,
            summary: p.topic,
          }),
        );
      expect(c.status).toBe(201);
      caseIds[key] = c.body.id;
    }
    const officials = (
      await t
        .http()
        .get(api(`/officials?unitId=${w.unitId}`))
        .set(auth('office'))
    ).body as Body<'get', '/officials'>;
    const d = await t
      .http()
      .post(api('/dialogues'))
      .set(auth('office'))
      .send({
        unitId: w.unitId,
        topic: 'Chỉnh trang đô thị trên địa bàn phường',
        mode: 'in_person',
        venueId: w.venueId,
        trigger: 'periodic',
        chairOfficialIds: [officials.find((o) => o.position === 'head' && o.body === 'government')!.id],
        startsAt: '2026-03-20T01:00:00.000Z',
        endsAt: '2026-03-20T03:00:00.000Z',
      });
    expect(d.status).toBe(201);
    dialogueId = d.body.id;
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${dialogueId}/publish`))
          .set(auth('office'))
      ).status,
    ).toBe(200);
    expect(
      (
        await t
          .http()
          .post(api(`/dialogues/${dialogueId}/questions`))
          .send({ ...QUESTION, question: 'Khi nào sửa xong tuyến đường liên tổ?' })
      ).status,
    ).toBe(201);
  });
  afterAll(() => t.close());

  const PERSON_FIELDS = ['fullName', 'address', 'idNumber', 'phone', 'email'] as const;

  it('bookings of a session: GET /sessions/:id/bookings (denunciation: secretary and inspector of the unit only)', async () => {
    for (const role of ROLES) {
      const res = await t
        .http()
        .get(api(`/sessions/${sessionId}/bookings`))
        .set(auth(role));
      if (role === 'handler') {
        expect(res.status).toBe(403);
        continue;
      }
      expect(res.status).toBe(200);
      const whole = JSON.stringify(res.body);
      for (const [key, p] of [
        ['plain', PLAIN],
        ['sealed', DENOUNCER],
      ] as const) {
        const b = (res.body as Record<string, unknown>[]).find((x) => x.code === codes[key])!;
        expect(b.identityProtected).toBe(key === 'sealed');
        for (const f of [...PERSON_FIELDS, 'topic'] as const)
          check(role, 'bookings', 'booking', key === 'sealed', f, b[f], p[f], whole);
      }
    }
  });

  it('petitions: GET /petitions/:id', async () => {
    for (const role of ROLES) {
      for (const [key, p] of [
        ['plain', PLAIN],
        ['sealed', DENOUNCER],
      ] as const) {
        const res = await t
          .http()
          .get(api(`/petitions/${petitionIds[key]}`))
          .set(auth(role));
        expect(res.status).toBe(200);
        const who = (res.body.petitioner ?? {}) as Record<string, unknown>;
        for (const f of PERSON_FIELDS)
          check(role, 'petition', 'petition', key === 'sealed', f, who[f] ?? null, p[f], JSON.stringify(res.body));
      }
    }
  });

  it('minutes and their cases: GET /minutes/:id', async () => {
    for (const role of ROLES) {
      const res = await t
        .http()
        .get(api(`/minutes/${minutesId}`))
        .set(auth(role));
      expect(res.status).toBe(200);
      for (const [key, p] of [
        ['plain', PLAIN],
        ['sealed', DENOUNCER],
      ] as const) {
        const c = (res.body.cases as Record<string, unknown>[]).find((x) => x.id === caseIds[key])!;
        for (const f of ['fullName', 'address', 'idNumber'] as const)
          check(role, 'minutes', 'receptionCase', key === 'sealed', f, c[f], p[f], JSON.stringify(res.body));
      }
    }
  });

  const period = (format: string) =>
    api(`/reception-log?unitId=${w.unitId}&from=2026-03-01&to=2026-03-31&format=${format}`);

  it('reception log as JSON (Form 03 columns)', async () => {
    for (const role of ROLES) {
      const res = await t.http().get(period('json')).set(auth(role));
      expect(res.status).toBe(200);
      for (const [key, p] of [
        ['plain', PLAIN],
        ['sealed', DENOUNCER],
      ] as const) {
        const e = (res.body.entries as Record<string, string>[]).find((x) => x.caseId === caseIds[key])!;
        const [name, address] = e.nameAndAddress.split('\n');
        const whole = JSON.stringify(res.body);
        check(role, 'log.json', 'receptionCase', key === 'sealed', 'fullName', name, p.fullName, whole);
        check(role, 'log.json', 'receptionCase', key === 'sealed', 'address', address ?? '', p.address, whole);
        check(role, 'log.json', 'receptionCase', key === 'sealed', 'idNumber', e.idNumber || null, p.idNumber, whole);
      }
    }
  });

  /** A text export: the ID number of the ordinary case shows as the table says; the denouncer shows only to its readers. */
  function checkText(role: Role, view: string, text: string) {
    const id = roleDisclosure(role, 'idNumber', { kind: 'receptionCase', sealed: false, sameUnit: true });
    const shown = text.includes(PLAIN.idNumber)
      ? PLAIN.idNumber
      : text.includes(present('idNumber', PLAIN.idNumber, 'masked')!)
        ? present('idNumber', PLAIN.idNumber, 'masked')
        : null;
    check(role, view, 'receptionCase', false, 'idNumber', shown, PLAIN.idNumber, id === 'clear' ? '' : text);
    const name = roleDisclosure(role, 'fullName', { kind: 'receptionCase', sealed: true, sameUnit: role !== 'admin' });
    check(
      role,
      view,
      'receptionCase',
      true,
      'fullName',
      text.includes(DENOUNCER.fullName) ? DENOUNCER.fullName : text.includes(SEALED_LABEL) ? SEALED_LABEL : null,
      DENOUNCER.fullName,
      name === 'clear' ? '' : text,
    );
  }

  it('reception log as CSV, XLSX and the printed register (DOCX, PDF)', async () => {
    for (const role of ROLES) {
      const get = (format: string) => t.http().get(period(format)).set(auth(role)).buffer(true).parse(binary);
      const csv = await get('csv');
      expect(csv.status).toBe(200);
      checkText(role, 'log.csv', (csv.body as Buffer).toString('utf8'));
      const xlsx = await get('xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body as unknown as Parameters<typeof wb.xlsx.load>[0]);
      const cells: string[] = [];
      wb.worksheets[0].eachRow((row) =>
        row.eachCell((cell) => {
          cells.push(String(cell.value ?? ''));
        }),
      );
      checkText(role, 'log.xlsx', cells.join('\n'));
      const docx = await get('docx');
      expect(docx.status).toBe(200);
      checkText(
        role,
        'log.docx',
        flat(wordText(docxPart(saveOutput(`e2e-privacy-${role}.docx`, docx.body as Buffer), 'word/document.xml'))),
      );
      const pdf = await get('pdf');
      expect(pdf.status).toBe(200);
      checkText(role, 'log.pdf', flat(pdfText(saveOutput(`e2e-privacy-${role}.pdf`, pdf.body as Buffer))));
    }
  });

  it('dialogue questions: GET /dialogues/:id/questions (the contact was clear even for viewers before)', async () => {
    for (const role of ROLES) {
      const res = await t
        .http()
        .get(api(`/dialogues/${dialogueId}/questions`))
        .set(auth(role));
      expect(res.status).toBe(200);
      const q = (res.body as Record<string, unknown>[])[0];
      check(role, 'questions', 'dialogueQuestion', false, 'fullName', q.fullName, QUESTION.fullName, '');
      check(
        role,
        'questions',
        'dialogueQuestion',
        false,
        'contact',
        q.contact,
        QUESTION.contact,
        JSON.stringify(res.body),
      );
    }
  });

  it('the outbox (admin only): recipients by the table, messages to a denouncer sealed, clear reads audited', async () => {
    const auditsBefore = await t.db.query<{ n: number | string }>(
      "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'read_protected' AND entity_type = 'outbox_message'",
    );
    for (const role of ROLES) {
      const list = await t.http().get(api('/notifications/outbox?limit=200')).set(auth(role));
      if (role !== 'admin') {
        expect(list.status).toBe(403);
        continue;
      }
      expect(list.status).toBe(200);
      for (const [key, p] of [
        ['plain', PLAIN],
        ['sealed', DENOUNCER],
      ] as const) {
        const m = (list.body.items as Record<string, unknown>[]).find((x) => x.refId === bookingIds[key])!;
        check(
          role,
          'outbox',
          'outboxMessage',
          key === 'sealed',
          'recipient',
          m.to,
          p.email,
          key === 'sealed' ? JSON.stringify(list.body) : '',
        );
        const detail = await t
          .http()
          .get(api(`/notifications/outbox/${String(m.id)}`))
          .set(auth(role));
        expect(detail.status).toBe(200);
        check(
          role,
          'outbox.detail',
          'outboxMessage',
          key === 'sealed',
          'recipient',
          detail.body.to,
          p.email,
          key === 'sealed' ? JSON.stringify(detail.body) : '',
        );
        if (key === 'sealed') {
          expect(detail.body).toMatchObject({ identitySealed: true, subject: SEALED_LABEL, text: SEALED_LABEL });
          expect(JSON.stringify(detail.body)).not.toMatch(new RegExp(`${DENOUNCER.fullName}|${codes.sealed}`, 'u'));
        } else {
          expect(detail.body.text).toContain(PLAIN.fullName);
        }
      }
    }
    const auditsAfter = await t.db.query<{ n: number | string }>(
      "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'read_protected' AND entity_type = 'outbox_message'",
    );
    // One row for the list, one for the ordinary message's detail read in clear; none for the sealed one.
    expect(Number(auditsAfter[0].n) - Number(auditsBefore[0].n)).toBe(2);
  });

  it('audits every read of a sealed booking in clear, and only those', async () => {
    const rows = await t.db.query<{ entity_id: string; actor_username: string }>(
      "SELECT entity_id, actor_username FROM audit_log WHERE action = 'read_protected' AND entity_type = 'booking'",
    );
    expect(rows.map((r) => r.actor_username).sort()).toEqual(['inspector', 'secretary']);
    expect(rows.every((r) => r.entity_id === bookingIds.sealed)).toBe(true);
  });

  it('check-in answers with the same policy: sealed for the office, no audit row', async () => {
    const auditRows = async () =>
      (await t.db.query("SELECT id FROM audit_log WHERE action = 'read_protected' AND entity_type = 'booking'")).length;
    const before = await auditRows();
    await setClock(t, '2026-03-05T01:30:00Z'); // check-in opens on the session's day only
    const res = await t
      .http()
      .post(api(`/bookings/${codes.sealed}/check-in`))
      .set(auth('office'))
      .send({});
    expect(res.status).toBe(200);
    for (const f of [...PERSON_FIELDS, 'topic'] as const)
      check('office', 'check-in', 'booking', true, f, res.body[f], DENOUNCER[f], JSON.stringify(res.body));
    expect(await auditRows()).toBe(before);
  });

  it('every check agrees with the table', () => {
    expect(checks.filter((c) => c.problem)).toEqual([]);
    // Every role was checked, and each outcome of the table occurred.
    expect(new Set(checks.map((c) => c.role)).size).toBe(ROLES.length);
    expect(new Set(checks.map((c) => c.expected))).toEqual(new Set(['clear', 'masked', 'sealed']));
  });
});
