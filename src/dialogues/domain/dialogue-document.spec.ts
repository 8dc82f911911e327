import { beforeAll, describe, expect, it } from '@jest/globals';
import type { AdministrativeDocument } from '../../documents/domain/document.model.js';
import { renderDocx } from '../../documents/docx.renderer.js';
import { renderPdf } from '../../documents/pdf.renderer.js';
import { docxPart, flat, pdfText, saveOutput, wordText } from '../../documents/testing/extract.js';
import { issuerFor } from '../../minutes/domain/issuer.js';
import { type DialogueDocumentInput, dialogueDocument, questionsSentence } from './dialogue-document.js';

const ward = issuerFor(
  { name: 'Phường Hồng Bàng', level: 'commune' },
  { name: 'Thành phố Hải Phòng', level: 'city' },
  'government',
);
const input: DialogueDocumentInput = {
  kind: 'conclusion',
  issuer: ward,
  date: '2026-03-25',
  dialogue: {
    topic: 'Chỉnh trang đô thị',
    localDate: '2026-03-20',
    startTime: '08:00',
    endTime: '11:00',
    mode: 'in_person',
    venue: 'Hội trường phường, Số 10 đường Thử Nghiệm',
    onlineUrl: null,
  },
  chairs: [{ fullName: 'Nguyễn Văn An', title: 'Chủ tịch Ủy ban nhân dân phường Hồng Bàng', position: 'head' }],
  coOrganizers: [{ name: 'Ủy ban MTTQ Việt Nam phường Hồng Bàng', role: 'phối hợp' }],
  secretary: { fullName: 'Hoàng Thu Trang', title: 'Công chức Văn phòng HĐND và UBND phường' },
  questions: {
    received: 3,
    accepted: 2,
    rejected: 1,
    rejectReasons: ['Nội dung tranh chấp dân sự giữa các hộ gia đình.'],
  },
  items: [
    {
      questionText: 'Khi nào sửa đường?',
      answer: null,
      commitment: {
        text: 'Sửa tuyến đường liên tổ',
        unitName: 'Ủy ban nhân dân phường Hồng Bàng',
        dueDate: '2026-04-30',
      },
    },
  ],
  amendments: [{ reason: 'Ghi sai tên tổ', text: 'Tổ dân phố số 4.', date: '2026-03-21' }],
  contentHash: 'sha256:abc123',
};

async function texts(name: string, doc: AdministrativeDocument): Promise<string[]> {
  const docx = saveOutput(`${name}.docx`, await renderDocx(doc));
  const pdf = saveOutput(`${name}.pdf`, await renderPdf(doc));
  return [flat(wordText(docxPart(docx, 'word/document.xml'))), flat(pdfText(pdf))];
}

describe('dialogue documents', () => {
  let conclusion: string[];
  let minutes: string[];
  beforeAll(async () => {
    conclusion = await texts('dialogue-conclusion-unit', dialogueDocument(input));
    minutes = await texts('dialogue-minutes-unit', dialogueDocument({ ...input, kind: 'minutes', date: '2026-03-20' }));
  });

  it('conclusion: the ward as issuer and place, the times, "đồng chí …" in the subtitle, no hash or corrections', () => {
    for (const t of conclusion) {
      for (const s of [
        'ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG',
        'Hồng Bàng, ngày 25 tháng 3 năm 2026',
        'Kết luận của đồng chí Nguyễn Văn An, Chủ tịch Ủy ban nhân dân phường Hồng Bàng tại hội nghị đối thoại trực tiếp với Nhân dân ngày 20/03/2026',
        'Từ 08 giờ 00 phút đến 11 giờ 00 phút ngày 20/03/2026, Ủy ban nhân dân phường Hồng Bàng tổ chức',
        '1 câu hỏi không thuộc phạm vi buổi đối thoại (lý do: Nội dung tranh chấp dân sự giữa các hộ gia đình)',
        'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn An',
      ]) {
        expect(t).toContain(s);
      }
      for (const s of ['Hải Phòng, ngày', 'sha256:abc123', 'ĐÍNH CHÍNH', 'Ghi sai tên tổ', 'từ chối'])
        expect(t).not.toContain(s);
    }
    // (the PDF's number line is checked word by word in the minutes' document-variants spec: pdftotext splits it)
    expect(conclusion[0]).toContain('Số: /TB-UBND');
  });

  it('minutes: number line, the secretary, the attendees, the closing time, corrections and hash', () => {
    for (const t of minutes) {
      for (const s of [
        'BIÊN BẢN',
        'Hồng Bàng, ngày 20 tháng 3 năm 2026',
        'Thư ký: Hoàng Thu Trang, Công chức Văn phòng HĐND và UBND phường',
        'Chủ trì: đồng chí Nguyễn Văn An',
        'Tham dự: Ủy ban MTTQ Việt Nam phường Hồng Bàng',
        'Hội nghị kết thúc vào hồi 11 giờ 00 phút cùng ngày',
        'III. ĐÍNH CHÍNH',
        'Ngày 21/03/2026 đính chính: Tổ dân phố số 4. (Lý do: Ghi sai tên tổ)',
        'sha256:abc123',
        'THƯ KÝ',
        'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
      ]) {
        expect(t).toContain(s);
      }
    }
    expect(minutes[0]).toContain('Số: /BB-UBND');
  });

  it('a vice-chair chairing signs KT. CHỦ TỊCH', () => {
    const doc = dialogueDocument({
      ...input,
      chairs: [{ fullName: 'Đỗ Thị Bình', title: 'Phó Chủ tịch Ủy ban nhân dân phường Hồng Bàng', position: 'deputy' }],
    });
    expect(doc.signatures[0]).toEqual({
      role: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Đỗ Thị Bình',
    });
  });

  it('says nothing of rejections when there were none', () => {
    expect(questionsSentence({ received: 2, accepted: 2, rejected: 0 })).toBe(
      'Trước hội nghị đã nhận 2 câu hỏi, ý kiến của Nhân dân; 2 câu hỏi được đưa vào chương trình đối thoại.',
    );
  });
});
