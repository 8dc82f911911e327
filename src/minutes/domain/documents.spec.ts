import { beforeAll, describe, expect, it } from '@jest/globals';
import { MOTTO, NATIONAL_TITLE } from '../../documents/domain/decree30-layout.js';
import { renderDocx } from '../../documents/docx.renderer.js';
import { renderPdf } from '../../documents/pdf.renderer.js';
import type { AdministrativeDocument } from '../../documents/domain/document.model.js';
import { docxPart, flat, pdfText, saveOutput, wordText } from '../../documents/testing/extract.js';
import { buildConclusionNotice, concludedCases } from './conclusion-notice.js';
import { buildReceptionLogPrintout, FORM03_COLUMNS, form03Row } from './form03.js';
import { buildMinutesDocument } from './minutes-document.js';
import { buildRefusalNotice, RefusalNoticeNotApplicable } from './refusal-notice.js';
import { SECRECY_LABEL } from './identity-shield.js';
import { CASES, ISSUER, MINUTES } from './testing/fixtures.js';

async function texts(name: string, doc: AdministrativeDocument): Promise<{ docx: string; pdf: string }> {
  const docxFile = saveOutput(`${name}.docx`, await renderDocx(doc));
  const pdfFile = saveOutput(`${name}.pdf`, await renderPdf(doc));
  return { docx: flat(wordText(docxPart(docxFile, 'word/document.xml'))), pdf: flat(pdfText(pdfFile)) };
}

describe('minutes documents (Decree 30 layout)', () => {
  let minutes: { docx: string; pdf: string };
  let notice: { docx: string; pdf: string };
  beforeAll(async () => {
    minutes = await texts(
      'minutes-unit',
      buildMinutesDocument({
        ...MINUTES,
        amendments: [
          {
            reason: 'Ghi sai thời hạn',
            text: 'Thời hạn của vụ việc 1 là 20/03/2026.',
            author: 'Hoàng Thu Trang, Thư ký',
            on: '2026-03-06',
          },
        ],
      }),
    );
    notice = await texts('conclusion-unit', buildConclusionNotice(MINUTES, '2026-03-06'));
  });

  it('minutes: header, attendees, every case with its route and deadline, the amendment, signatures', () => {
    for (const t of [minutes.docx, minutes.pdf]) {
      for (const s of [
        NATIONAL_TITLE,
        MOTTO,
        'ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG',
        'BIÊN BẢN',
        'Buổi tiếp công dân định kỳ ngày 05/03/2026',
        'Hồng Bàng, ngày 05 tháng 3 năm 2026',
        'Chủ trì: Nguyễn Văn An',
        'Thư ký: Hoàng Thu Trang',
        '1. Bà Trần Thị Mai',
        'Đoàn 6 người, đại diện: ông Lê Văn Bình, Đỗ Quang Hưởng',
        '3. Công dân Phạm Thu Hà',
        '20/03/2026',
        'Trả lại đơn và hướng dẫn',
        'khoản 3 Điều 9 Luật Tiếp công dân năm 2013',
        'III. ĐÍNH CHÍNH',
        'Ngày 06/03/2026, Hoàng Thu Trang, Thư ký đính chính: Thời hạn của vụ việc 1 là 20/03/2026. (Lý do: Ghi sai thời hạn)',
        'Tham dự: Vũ Thị Dung, Công chức Văn phòng',
        'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
        'THƯ KÝ',
        'người chủ trì và thư ký ký tên dưới đây',
        'Chuyển đơn đến Sở Xây dựng để xem xét, giải quyết theo thẩm quyền',
      ]) {
        expect(t).toContain(s);
      }
      for (const s of ['NGƯỜI CHỦ TRÌ', 'Dự tiếp', 'KHÓA', 'khóa', 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG'])
        expect(t).not.toContain(s);
    }
  });

  it('records a deputy standing in as such', () => {
    const doc = buildMinutesDocument({ ...MINUTES, chairInPerson: false });
    expect(JSON.stringify(doc.blocks)).toContain('được phân công chủ trì thay người đứng đầu');
  });

  it('conclusion notice: each concluded case, the body in charge and the deadline dd/MM/yyyy; refusals left out', () => {
    expect(concludedCases(MINUTES).map((c) => c.no)).toEqual([1, 2, 3]);
    for (const t of [notice.docx, notice.pdf]) {
      for (const s of [
        NATIONAL_TITLE,
        MOTTO,
        'ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG',
        'THÔNG BÁO',
        'Kết luận của Chủ tịch Ủy ban nhân dân phường Hồng Bàng tại buổi tiếp công dân định kỳ ngày 05/03/2026',
        '1. Bà Trần Thị Mai',
        'Địa chỉ: tổ dân phố số 3, phường Hồng Bàng',
        'Thanh tra phường Hồng Bàng',
        'Thời hạn hoàn thành: 20/03/2026',
        'Nơi nhận:',
        'Hồng Bàng, ngày 06 tháng 3 năm 2026',
        'Chuyển đơn đến Sở Xây dựng để xem xét, giải quyết theo thẩm quyền.',
        'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn An',
      ]) {
        expect(t).toContain(s);
      }
      // the ward sets no deadline for the agency it transfers to
      expect(t).not.toContain('06/04/2026');
      expect(t).not.toContain('NGƯỜI CHỦ TRÌ');
      expect(t).not.toContain('Vũ Văn Khải');
    }
  });

  it('refusal notice only for ground 3, citing the clause and the reason', async () => {
    const input = {
      issuer: ISSUER,
      case: CASES[3],
      venueName: MINUTES.venueName,
      signer: MINUTES.chair,
      issuedOn: '2026-03-05',
    };
    const t = await texts('refusal-unit', buildRefusalNotice(input));
    for (const s of [t.docx, t.pdf]) {
      for (const want of [
        NATIONAL_TITLE,
        MOTTO,
        'Về việc từ chối tiếp công dân',
        'ông (bà) Vũ Văn Khải',
        'khoản 3 Điều 9 Luật Tiếp công dân năm 2013',
        'Quyết định số 12/QĐ-UBND',
        'Ủy ban nhân dân thành phố',
        'Căn cứ Luật Tiếp công dân số 42/2013/QH13 ngày 25 tháng 11 năm 2013;',
        'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
        '- Ông (bà) Vũ Văn Khải (tổ dân phố số 3, phường Hồng Bàng);',
        '- Lưu: VT, hồ sơ vụ việc.',
      ]) {
        expect(s).toContain(want);
      }
    }
    expect(() => buildRefusalNotice({ ...input, case: { ...CASES[3], refusalGround: 2 } })).toThrow(
      RefusalNoticeNotApplicable,
    );
    expect(() => buildRefusalNotice({ ...input, case: CASES[0] })).toThrow(RefusalNoticeNotApplicable);
  });

  it('a sealed denouncer appears only as the secrecy label', async () => {
    const sealed = {
      ...CASES[0],
      fullName: SECRECY_LABEL,
      address: '',
      idNumber: null,
      petitionType: 'denunciation' as const,
      identityProtected: true,
    };
    const t = await texts('minutes-sealed-unit', buildMinutesDocument({ ...MINUTES, cases: [sealed] }));
    expect(t.pdf).toContain(SECRECY_LABEL);
    expect(t.docx).toContain(SECRECY_LABEL);
    expect(t.docx).not.toContain('Trần Thị Mai');
  });
});

describe('reception log (Form 03)', () => {
  it('fills the 12 columns from a case', () => {
    expect(FORM03_COLUMNS).toHaveLength(12);
    const rows = CASES.map(form03Row);
    expect(rows[0]).toMatchObject({
      no: '1',
      receivedOn: '05/03/2026',
      idNumber: '001203004567',
      typeAndPeople: 'Khiếu nại/1 người',
      accepted: 'x',
      guided: '',
      transferred: '',
      followUp: 'Giao Thanh tra phường Hồng Bàng; Hạn 20/03/2026',
    });
    expect(rows[1]).toMatchObject({
      typeAndPeople: 'Kiến nghị/6 người',
      transferred: 'Sở Xây dựng',
      followUp: 'Hạn 06/04/2026',
    });
    expect(rows[1].nameAndAddress).toContain('Đại diện: Đỗ Quang Hưởng');
    expect(rows[2]).toMatchObject({ guided: 'x', accepted: '' });
    expect(rows[3].note).toMatch(/^Từ chối tiếp theo khoản 3 Điều 9/u);
    expect(rows[3]).toMatchObject({
      previouslyHandledBy: 'Ủy ban nhân dân thành phố',
      accepted: '',
      guided: '',
      transferred: '',
    });
  });

  it('prints a landscape register with the form titles', async () => {
    const doc = buildReceptionLogPrintout({
      issuer: ISSUER,
      from: '2026-03-01',
      to: '2026-03-31',
      issuedOn: '2026-03-31',
      cases: CASES.map((c) => ({ ...c, idNumber: '001******567' })),
    });
    expect(doc.orientation).toBe('landscape');
    const t = await texts('reception-log-unit', doc);
    // Every column title in the DOCX table; in the PDF, narrow header cells wrap, so only one-line strings are compared.
    for (const title of FORM03_COLUMNS) expect(t.docx).toContain(title);
    for (const s of [t.docx, t.pdf]) {
      for (const want of [
        'SỔ TIẾP CÔNG DÂN',
        'Từ ngày 01/03/2026 đến ngày 31/03/2026',
        'Ngày tiếp',
        '001******567',
        'Trần Thị Mai',
        'Vũ Văn Khải',
      ])
        expect(s).toContain(want);
      expect(s).not.toContain('001203004567');
    }
  });
});
