import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MOTTO, NATIONAL_TITLE } from '../src/documents/domain/decree30-layout.js';
import { docxPart, flat, pdfText, pdfWords, saveOutput, wordText } from '../src/documents/testing/extract.js';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { ON_POSTGRES } from './helpers/test-db.js';
import { acceptCase, guideCase, minutes, session, transferCase, type Ward, ward } from './helpers/minutes-fixtures.js';
import { api, binary } from './helpers/client.js';
import { setClock } from './helpers/clock.js';

const SECRECY = '(được giữ bí mật)';
const FORM03 = [
  'STT',
  'Ngày tiếp',
  'Họ tên - Địa chỉ',
  'Số CCCD/Hộ chiếu của công dân',
  'Nội dung vụ việc',
  'Phân loại đơn/Số người',
  'Cơ quan đã giải quyết',
  'Thụ lý để giải quyết',
  'Trả lại đơn và hướng dẫn',
  'Chuyển đơn đến cơ quan, tổ chức, đơn vị có thẩm quyền',
  'Theo dõi kết quả giải quyết',
  'Ghi chú',
];
const NUMBERING = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)'];

describe('reception log (Form 03), refusals and protected identities', () => {
  let t: TestServer;
  let w: Ward;
  let sec: Record<string, string>;
  let sessionId: string;
  let minutesId: string;
  let refusedId: string;
  const period = (unitId: string, format: string) =>
    `/reception-log?unitId=${unitId}&from=2026-03-01&to=2026-03-31&format=${format}`;

  async function get(path: string, user: string) {
    return t
      .http()
      .get(api(path))
      .set(bearer(await t.token(user)))
      .buffer(true)
      .parse(binary);
  }

  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true' } });
    await setClock(t, '2026-03-02T01:00:00Z');
    w = await ward(t);
    sec = bearer(await t.token('secretary'));
    sessionId = await session(t, w, '2026-03-05');
    minutesId = await minutes(t, sessionId);
  });
  afterAll(() => t.close());

  it('records a checked-in booking by its code, and refuses codes not checked in', async () => {
    const office = bearer(await t.token('office'));
    expect(
      (
        await t
          .http()
          .post(api(`/sessions/${sessionId}/publish`))
          .set(office)
          .send({ override: true, reason: 'Tiếp đột xuất' })
      ).status,
    ).toBe(200);
    const slots = await t.http().get(api(`/sessions/${sessionId}/slots`));
    const booking = await t.http().post(api('/bookings')).send({
      sessionId,
      slotStartsAt: slots.body[0].startsAt,
      fullName: 'Trần Thị Mai',
      idNumber: '001203004567',
      phone: '0912345678',
      address: 'tổ dân phố số 3, phường Hồng Bàng',
      topic: 'Bồi thường thu hồi đất',
      petitionType: 'complaint',
    });
    expect(booking.status).toBe(201);
    const code = booking.body.code as string;
    expectProblem(
      await t
        .http()
        .post(api(`/minutes/${minutesId}/cases`))
        .set(sec)
        .send(acceptCase(w, { bookingCode: code })),
      400,
      'BOOKING_NOT_CHECKED_IN',
    );
    await setClock(t, '2026-03-05T00:30:00Z'); // 07:30 on the session's day: check-in is open
    expect(
      (
        await t
          .http()
          .post(api(`/bookings/${code}/check-in`))
          .set(sec)
          .send({})
      ).status,
    ).toBe(200);
    expect(
      (
        await t
          .http()
          .post(api(`/minutes/${minutesId}/cases`))
          .set(sec)
          .send(acceptCase(w, { bookingCode: code }))
      ).status,
    ).toBe(201);
    expectProblem(
      await t
        .http()
        .post(api(`/minutes/${minutesId}/cases`))
        .set(sec)
        .send(acceptCase(w, { bookingCode: 'HP-NOPE' })),
      400,
      'BOOKING_NOT_FOUND',
    );
    for (const body of [transferCase(w), guideCase()])
      expect(
        (
          await t
            .http()
            .post(api(`/minutes/${minutesId}/cases`))
            .set(sec)
            .send(body)
        ).status,
      ).toBe(201);
  });

  it('refuses only on the four grounds of Art. 9, with the reason recorded', async () => {
    const refuse = guideCase({
      fullName: 'Vũ Văn Khải',
      idNumber: '031170005555',
      handlingRoute: 'refuse',
      summary: 'Tiếp tục khiếu nại việc cấp đất năm 2019.',
      previouslyHandledBy: 'Ủy ban nhân dân thành phố',
      conclusion: 'Từ chối tiếp.',
      petitionType: 'complaint',
    });
    for (const bad of [
      { refusalGround: 5, refusalReason: 'x' },
      { refusalGround: 0, refusalReason: 'x' },
      { refusalGround: 3 },
      {},
    ]) {
      expectProblem(
        await t
          .http()
          .post(api(`/minutes/${minutesId}/cases`))
          .set(sec)
          .send({ ...refuse, ...bad }),
        400,
        'INVALID_CASE',
      );
    }
    expectProblem(
      await t
        .http()
        .post(api(`/minutes/${minutesId}/cases`))
        .set(sec)
        .send({ ...guideCase(), refusalGround: 2 }),
      400,
      'INVALID_CASE',
    );
    const res = await t
      .http()
      .post(api(`/minutes/${minutesId}/cases`))
      .set(sec)
      .send({
        ...refuse,
        refusalGround: 3,
        refusalReason: 'Vụ việc đã được giải quyết tại Quyết định số 12/QĐ-UBND, đã được giải thích.',
      });
    expect(res.status).toBe(201);
    refusedId = res.body.id;
    const drunk = await t
      .http()
      .post(api(`/minutes/${minutesId}/cases`))
      .set(sec)
      .send({
        ...refuse,
        fullName: 'Mạc Văn Say',
        idNumber: '031175006666',
        refusalGround: 1,
        refusalReason: 'Say rượu, không làm chủ hành vi.',
      });
    expect(drunk.status).toBe(201);
    expectProblem(
      await t
        .http()
        .get(api(`/reception-log/${drunk.body.id}/refusal-notice?format=pdf`))
        .set(sec),
      422,
      'REFUSAL_NOTICE_NOT_APPLICABLE',
    );
    // The database holds the same rule.
    const failure = await t.db
      .query('UPDATE reception_cases SET refusal_ground = 7 WHERE id = $1', [drunk.body.id])
      .then(
        () => 'no error',
        (e: unknown) => String((e as Error).message),
      );
    expect(failure).toMatch(/ck_reception_cases_refusal|CHECK constraint failed/i);
  });

  it('issues the written refusal notice for ground 3 as DOCX and PDF', async () => {
    const docx = await get(`/reception-log/${refusedId}/refusal-notice?format=docx`, 'secretary');
    const pdf = await get(`/reception-log/${refusedId}/refusal-notice?format=pdf`, 'secretary');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const files = [
      saveOutput(`e2e-${ON_POSTGRES ? 'pg' : 'sqlite'}-refusal.docx`, docx.body),
      saveOutput(`e2e-${ON_POSTGRES ? 'pg' : 'sqlite'}-refusal.pdf`, pdf.body),
    ];
    const texts = [flat(wordText(docxPart(files[0], 'word/document.xml'))), flat(pdfText(files[1]))];
    for (const text of texts) {
      for (const s of [
        NATIONAL_TITLE,
        MOTTO,
        'ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG',
        'THÔNG BÁO',
        'Về việc từ chối tiếp công dân',
        'ông (bà) Vũ Văn Khải',
        'khoản 3 Điều 9 Luật Tiếp công dân năm 2013',
        'Ngày 05/03/2026',
        'Căn cứ Luật Tiếp công dân số 42/2013/QH13',
        'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn An',
        'Nơi nhận: - Ông (bà) Vũ Văn Khải (tổ 7, phường Hồng Bàng); - Lưu: VT, hồ sơ vụ việc.',
      ]) {
        expect(text).toContain(s);
      }
    }
    if (!ON_POSTGRES) shot(files[1], 'refusal-notice-page1');
  });

  it("never shows a denouncer's identity to a role that may not see it; the inspector of the unit sees it, audited", async () => {
    const denounce = acceptCase(w, {
      fullName: 'Ngô Văn Tố',
      idNumber: '031188007777',
      petitionType: 'denunciation',
      summary: 'Ông Ngô Văn Tố tố cáo cán bộ địa chính nhận tiền khi làm thủ tục.',
    });
    expect(
      (
        await t
          .http()
          .post(api(`/minutes/${minutesId}/cases`))
          .set(sec)
          .send(denounce)
      ).status,
    ).toBe(201);
    const asSecretary = await t
      .http()
      .get(api(`/minutes/${minutesId}`))
      .set(sec);
    const sealed = asSecretary.body.cases.find((c: { petitionType: string }) => c.petitionType === 'denunciation');
    expect(sealed).toMatchObject({ fullName: SECRECY, idNumber: null, identityProtected: true });
    expect(JSON.stringify(asSecretary.body)).not.toMatch(/Ngô Văn Tố|031188007777/);
    const doc = await get(`/minutes/${minutesId}/document?format=docx`, 'secretary');
    const text = flat(wordText(docxPart(saveOutput('e2e-sealed.docx', doc.body), 'word/document.xml')));
    expect(text).toContain(SECRECY);
    expect(text).not.toMatch(/Ngô Văn Tố|031188007777/);
    const log = await get(period(w.unitId, 'csv'), 'office');
    expect(log.body.toString('utf8')).not.toMatch(/Ngô Văn Tố|031188007777/);
    const auditBefore = (await t.db.query("SELECT id FROM audit_log WHERE action = 'read_protected'")).length;
    const asInspector = await t
      .http()
      .get(api(`/minutes/${minutesId}`))
      .set(bearer(await t.token('inspector')));
    expect(
      asInspector.body.cases.find((c: { petitionType: string }) => c.petitionType === 'denunciation'),
    ).toMatchObject({ fullName: 'Ngô Văn Tố', identityProtected: true });
    expect((await t.db.query("SELECT id FROM audit_log WHERE action = 'read_protected'")).length).toBe(auditBefore + 1);
    expect(t.logs()).not.toMatch(/031188007777|001203004567/);
  });

  it('lists the log as JSON with the Form 03 columns; ID numbers masked for viewer and handler, full for the secretary', async () => {
    const full = await t
      .http()
      .get(api(period(w.unitId, 'json')))
      .set(sec);
    expect(full.status).toBe(200);
    expect(full.body.columns.map((c: { title: string }) => c.title)).toEqual(FORM03);
    expect(full.body.entries).toHaveLength(6);
    expect(full.body.entries[0]).toMatchObject({
      no: '1',
      receivedOn: '05/03/2026',
      idNumber: '001203004567',
      accepted: 'x',
      followUp: expect.stringContaining('Hạn 20/03/2026'),
    });
    expect(full.body.entries[1]).toMatchObject({
      typeAndPeople: 'Kiến nghị/6 người',
      transferred: 'Ban Tiếp công dân thành phố (mẫu)',
      previouslyHandledBy: 'Ủy ban nhân dân phường Hồng Bàng',
    });
    expect(full.body.entries[3].note).toMatch(/^Từ chối tiếp theo khoản 3 Điều 9/);
    for (const user of ['viewer', 'handler']) {
      const masked = await t
        .http()
        .get(api(period(w.unitId, 'json')))
        .set(bearer(await t.token(user)));
      expect(masked.body.entries[0].idNumber).toBe('001******567');
      expect(JSON.stringify(masked.body)).not.toContain('001203004567');
    }
    const other = await t
      .http()
      .get(api(period(w.inspectionUnitId, 'json')))
      .set(sec);
    expectProblem(other, 400, 'UNIT_NOT_FOUND');
    expect(
      (
        await t
          .http()
          .get(api(`/reception-log?unitId=${w.unitId}&from=2026-04-01&to=2026-04-30`))
          .set(sec)
      ).body.entries,
    ).toEqual([]);
  });

  it('exports CSV with a BOM and the Vietnamese headers', async () => {
    const res = await get(period(w.unitId, 'csv'), 'viewer');
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    const buf = res.body as Buffer;
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf.toString('utf8').slice(1);
    // a title with commas (column 10) is quoted, as CSV requires
    expect(text.split('\r\n')[0]).toBe(FORM03.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));
    expect(text).toContain('Trần Thị Mai');
    expect(text).toContain('001******567');
    expect(text).not.toContain('001203004567');
  });

  it('exports XLSX that opens with exceljs and has the 12 Form 03 columns', async () => {
    const res = await get(period(w.unitId, 'xlsx'), 'secretary');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.getWorksheet('Sổ tiếp công dân')!;
    expect(ws).toBeDefined();
    const header = [...Array(12).keys()].map((i) => String(ws.getCell(4, i + 1).value ?? ws.getCell(3, i + 1).value));
    expect(header).toEqual(FORM03);
    expect(ws.getCell(3, 8).value).toBe('Hướng xử lý');
    expect(ws.getCell(3, 8).isMerged && ws.getCell(3, 10).master.address).toBe('H3');
    expect([...Array(12).keys()].map((i) => ws.getCell(5, i + 1).value)).toEqual(NUMBERING);
    expect(ws.getCell(6, 3).value).toContain('Trần Thị Mai');
    expect(ws.getCell(6, 2).value).toBe('05/03/2026');
    expect(ws.rowCount).toBe(5 + 6);
  });

  it('prints the register (landscape, masked IDs) as PDF and DOCX', async () => {
    const pdf = saveOutput(
      `e2e-${ON_POSTGRES ? 'pg' : 'sqlite'}-log.pdf`,
      (await get(period(w.unitId, 'pdf'), 'viewer')).body,
    );
    const docx = saveOutput(
      `e2e-${ON_POSTGRES ? 'pg' : 'sqlite'}-log.docx`,
      (await get(period(w.unitId, 'docx'), 'viewer')).body,
    );
    const texts = [flat(pdfText(pdf)), flat(wordText(docxPart(docx, 'word/document.xml')))];
    for (const text of texts) {
      for (const s of [
        NATIONAL_TITLE,
        MOTTO,
        'ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG',
        'SỔ TIẾP CÔNG DÂN',
        'Từ ngày 01/03/2026 đến ngày 31/03/2026',
        'Trần Thị Mai',
        '001******567',
        SECRECY,
        'Hướng xử lý',
      ])
        expect(text).toContain(s);
      expect(text).not.toMatch(/001203004567|Ngô Văn Tố/);
    }
    // DOCX: every title whole, "Hướng xử lý" spanning columns 8–10, the other titles over two header rows
    for (const title of FORM03) expect(texts[1]).toContain(title);
    expect(texts[1]).toContain(NUMBERING.join(' '));
    const xml = docxPart(docx, 'word/document.xml');
    const header = xml.slice(0, xml.indexOf('(12)'));
    expect(/<w:gridSpan w:val="3"\/>(?:(?!<\/w:tc>).)*Hướng xử lý/su.test(header)).toBe(true);
    expect(header.match(/<w:vMerge w:val="restart"\/>/gu)).toHaveLength(9);
    // PDF: the group title above the handling titles, the numbering row below them, on one line
    const words = pdfWords(pdf).filter((x) => x.page === 1);
    const at = (s: string) => words.find((x) => x.text === s)!;
    expect(at('Hướng').yMax).toBeLessThan(at('Thụ').yMin);
    expect(at('(8)').yMin).toBeGreaterThan(at('Thụ').yMax);
    expect(Math.abs(at('(1)').yMin - at('(12)').yMin)).toBeLessThan(1);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [wPt, hPt] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number);
    expect(wPt).toBeGreaterThan(hPt);
    if (!ON_POSTGRES) shot(pdf, 'reception-log-page1');
  });
});

/** Refreshes docs/screenshots only when asked (UPDATE_SCREENSHOTS=1), so a test run never changes tracked files. */
function shot(pdf: string, name: string): void {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const dir = join(process.cwd(), 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, name)]);
}
