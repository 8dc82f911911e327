/**
 * Documents a ward office can sign as they are: who signs and in whose name (government, deputy, party), the number
 * line, and people printed by name and title (never a login name). Text is read back from the PDF (pdftotext) and
 * the DOCX XML.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PARTY_TITLE } from '../src/documents/domain/decree30-layout.js';
import { docxPart, flat, pdfText, pdfWords, saveOutput, wordText } from '../src/documents/testing/extract.js';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { screenshot } from './helpers/screenshot.js';
import { ON_POSTGRES } from './helpers/test-db.js';
import { api, binary } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import { guideCase, type Ward, ward } from './helpers/minutes-fixtures.js';
import type { Body } from './helpers/api-types.js';

describe('documents: authority marks, numbers, people by name', () => {
  let t: TestServer;
  let w: Ward;
  let office: Record<string, string>;
  let partySecretaryId: string;

  async function texts(path: string, name: string): Promise<{ docx: string; pdf: string; pdfFile: string }> {
    const get = async (format: string) => {
      const res = await t
        .http()
        .get(api(`${path}?format=${format}`))
        .set(office)
        .buffer(true)
        .parse(binary);
      expect(res.status).toBe(200);
      return saveOutput(`e2e-${ON_POSTGRES ? 'pg' : 'sqlite'}-${name}.${format}`, res.body as Buffer);
    };
    const [docxFile, pdfFile] = [await get('docx'), await get('pdf')];
    return { docx: flat(wordText(docxPart(docxFile, 'word/document.xml'))), pdf: flat(pdfText(pdfFile)), pdfFile };
  }

  /** The PDF's number line as words ("Số:", "/BB-UBND") and the width of the blank between them. */
  function numberLine(pdfFile: string): { words: string[]; gap: number } {
    const words = pdfWords(pdfFile).filter((x) => x.page === 1);
    const so = words.find((x) => x.text === 'Số:' || x.text === 'Số')!;
    const line = words
      .filter((x) => Math.abs(x.yMin - so.yMin) < 1 && x.xMin >= so.xMin && x.xMin < so.xMin + 150)
      .sort((a, b) => a.xMin - b.xMin);
    return { words: line.map((x) => x.text), gap: line[1].xMin - so.xMax };
  }

  async function sessionOf(officialId: string, day: string): Promise<string> {
    const res = await t
      .http()
      .post(api('/sessions'))
      .set(office)
      .send({
        officialId,
        venueId: w.venueId,
        startsAt: `${day}T01:00:00.000Z`,
        endsAt: `${day}T04:00:00.000Z`,
        adHocReason: 'complex_case',
        note: 'Vụ việc phức tạp',
      });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true' } });
    await setClock(t, '2026-03-02T01:00:00Z');
    w = await ward(t);
    office = bearer(await t.token('office'));
    const officials = (
      await t
        .http()
        .get(api('/officials'))
        .set(bearer(await t.token('admin')))
    ).body as Body<'get', '/officials'>;
    partySecretaryId = officials.find((o) => o.fullName === 'Hoàng Minh Châu')!.id;
  });
  afterAll(() => t.close());

  it('staff accounts carry a full name and title (POST /users, demo users)', async () => {
    const admin = bearer(await t.token('admin'));
    const created = await t
      .http()
      .post(api('/users'))
      .set(admin)
      .send({
        username: 'thuky.hongbang',
        password: 'mat-khau-dai-1',
        roles: ['secretary'],
        unitId: w.unitId,
        fullName: 'Lý Thị Thu',
        title: 'Công chức Văn phòng HĐND và UBND phường',
      });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: 'thuky.hongbang',
      fullName: 'Lý Thị Thu',
      title: 'Công chức Văn phòng HĐND và UBND phường',
    });
    expectProblem(
      await t
        .http()
        .post(api('/users'))
        .set(admin)
        .send({ username: 'x.y.z', password: 'mat-khau-dai-1', roles: ['secretary'], unitId: w.unitId, fullName: '' }),
      400,
    );
    const me = await t.http().get(api('/users/me')).set(office);
    expect(me.body).toMatchObject({
      username: 'office',
      fullName: 'Phạm Thị Hồng Nhung',
      title: 'Công chức Văn phòng HĐND và UBND phường',
    });
  });

  it('a deputy chairing signs "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; the secretary is the signed-in person by name', async () => {
    const sid = await sessionOf(w.leaderId, '2026-03-09');
    const created = await t
      .http()
      .post(api(`/sessions/${sid}/minutes`))
      .set(office)
      .send({ chairOfficialId: w.deputyId });
    expect(created.status).toBe(201);
    const mid = created.body.id as string;
    expect(
      (
        await t
          .http()
          .get(api(`/minutes/${mid}`))
          .set(office)
      ).body.secretary,
    ).toEqual({ fullName: 'Phạm Thị Hồng Nhung', title: 'Công chức Văn phòng HĐND và UBND phường' });
    expect(
      (
        await t
          .http()
          .post(api(`/minutes/${mid}/cases`))
          .set(office)
          .send(guideCase())
      ).status,
    ).toBe(201);
    const doc = await texts(`/minutes/${mid}/document`, 'deputy-minutes');
    screenshot(doc.pdfFile, 'minutes-deputy-page1');
    for (const text of [doc.docx, doc.pdf]) {
      for (const s of [
        'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
        'Đỗ Thị Bình',
        'Thư ký: Phạm Thị Hồng Nhung, Công chức Văn phòng HĐND và UBND phường',
        '1. Công dân Phạm Thu Hà',
        'Hồng Bàng, ngày 09 tháng 3 năm 2026',
      ])
        expect(text).toContain(s);
      expect(text).not.toMatch(/\boffice\b|NGƯỜI CHỦ TRÌ|PHÓ CHỦ TỊCH ỦY BAN/u);
    }
    expect(doc.docx).toContain('Số: /BB-UBND');
    // Minutes drafted before staff had names stored the login name as secretary: the document prints the person instead.
    await t.db.query("UPDATE minutes SET secretary_name = 'office', secretary_title = 'Thư ký' WHERE id = $1", [mid]);
    const legacy = await texts(`/minutes/${mid}/document`, 'legacy-minutes');
    for (const text of [legacy.docx, legacy.pdf]) {
      expect(text).toContain('Thư ký: Phạm Thị Hồng Nhung, Công chức Văn phòng HĐND và UBND phường');
      expect(text).not.toMatch(/\boffice\b/u);
    }
    const n = numberLine(doc.pdfFile);
    expect(n.words).toEqual(['Số:', '/BB-UBND']);
    expect(n.gap).toBeGreaterThan(20);
  });

  it('the form of address given when booking reaches the case and its documents ("Ông …"); none given reads "Công dân …"', async () => {
    const sid = await sessionOf(w.leaderId, '2026-03-11');
    expect(
      (
        await t
          .http()
          .post(api(`/sessions/${sid}/publish`))
          .set(office)
          .send({ override: true, reason: 'Tiếp đột xuất' })
      ).status,
    ).toBe(200);
    const slots = await t.http().get(api(`/sessions/${sid}/slots`));
    const booking = await t.http().post(api('/bookings')).send({
      sessionId: sid,
      slotStartsAt: slots.body[0].startsAt,
      fullName: 'Trịnh Văn Tâm',
      salutation: 'ong',
      idNumber: '031190008888',
      phone: '0912345679',
      address: 'tổ dân phố số 2, phường Hồng Bàng',
      topic: 'Cấp giấy chứng nhận quyền sử dụng đất',
      petitionType: 'recommendation',
    });
    expect(booking.status).toBe(201);
    expectProblem(
      await t.http().post(api('/bookings')).send({
        sessionId: sid,
        slotStartsAt: slots.body[0].startsAt,
        fullName: 'Trịnh Văn Tú',
        salutation: 'Ông',
        idNumber: '031190009999',
        phone: '0912345670',
        address: 'x',
        topic: 'y',
      }),
      400,
    );
    await setClock(t, '2026-03-11T01:30:00Z'); // check-in opens on the session's day only
    expect(
      (
        await t
          .http()
          .post(api(`/bookings/${booking.body.code}/check-in`))
          .set(office)
          .send({})
      ).status,
    ).toBe(200);
    const mid = (
      await t
        .http()
        .post(api(`/sessions/${sid}/minutes`))
        .set(office)
        .send({})
    ).body.id as string;
    const booked = {
      ...guideCase({ fullName: 'Trịnh Văn Tâm', idNumber: '031190008888' }),
      bookingCode: booking.body.code,
    };
    expect(
      (
        await t
          .http()
          .post(api(`/minutes/${mid}/cases`))
          .set(office)
          .send(booked)
      ).status,
    ).toBe(201);
    expect(
      (
        await t
          .http()
          .post(api(`/minutes/${mid}/cases`))
          .set(office)
          .send(guideCase())
      ).status,
    ).toBe(201);
    expectProblem(
      await t
        .http()
        .post(api(`/minutes/${mid}/cases`))
        .set(office)
        .send({ ...guideCase(), salutation: 'cô' }),
      400,
    );
    const doc = await texts(`/minutes/${mid}/document`, 'salutation-minutes');
    for (const text of [doc.docx, doc.pdf])
      for (const s of ['1. Ông Trịnh Văn Tâm', '2. Công dân Phạm Thu Hà']) expect(text).toContain(s);
    await setClock(t, '2026-03-02T01:00:00Z');
  });

  it('a party leader’s session: ĐẢNG CỘNG SẢN VIỆT NAM, "T/M ĐẢNG ỦY / BÍ THƯ", party-style number', async () => {
    const sid = await sessionOf(partySecretaryId, '2026-03-10');
    const created = await t
      .http()
      .post(api(`/sessions/${sid}/minutes`))
      .set(office)
      .send({ secretary: { fullName: 'Lý Thị Thu', title: 'Thư ký' } });
    expect(created.status).toBe(201);
    const doc = await texts(`/minutes/${created.body.id}/document`, 'party-minutes');
    screenshot(doc.pdfFile, 'minutes-party-page1');
    for (const text of [doc.docx, doc.pdf]) {
      for (const s of [
        PARTY_TITLE,
        'ĐẢNG ỦY PHƯỜNG HỒNG BÀNG',
        'T/M ĐẢNG ỦY BÍ THƯ',
        'Hoàng Minh Châu',
        'Thư ký: Lý Thị Thu',
      ])
        expect(text).toContain(s);
      expect(text).not.toMatch(/Số:|TM\.|BÍ THƯ ĐẢNG ỦY/u);
    }
    expect(numberLine(doc.pdfFile).words).toEqual(['Số', '-BB/ĐU']);
  });
});
