import { describe, expect, it, beforeAll } from '@jest/globals';
import { renderPdf } from './pdf.renderer.js';
import { MOTTO, NATIONAL_TITLE, PARTY_TITLE } from './domain/decree30-layout.js';
import { formatDateVi } from './domain/vietnamese-format.js';
import {
  SAMPLE_CASES,
  conclusionNotice,
  partyNotice,
  receptionLog,
  sessionMinutes,
} from './testing/sample-documents.js';
import { flat, pdfPageCount, pdfText, pdfWords, saveOutput } from './testing/extract.js';
import type { AdministrativeDocument } from './domain/document.model.js';

const render = async (name: string, doc: AdministrativeDocument): Promise<string> =>
  saveOutput(name, await renderPdf(doc));

describe('renderPdf: conclusion notice', () => {
  let file: string;
  let text: string;
  beforeAll(async () => {
    file = await render('conclusion-notice.pdf', conclusionNotice());
    text = flat(pdfText(file));
  });

  it('starts with the PDF signature', async () => {
    const buf = await renderPdf(conclusionNotice());
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('carries the national title, the motto and the issuing body with diacritics', () => {
    expect(text).toContain(NATIONAL_TITLE);
    expect(text).toContain(MOTTO);
    expect(text).toContain('UBND THÀNH PHỐ HẢI PHÒNG');
    expect(text).toContain('BAN TIẾP CÔNG DÂN');
    expect(text).toContain('Số: 12/TB-BTCD');
    expect(text).toContain('Hải Phòng, ngày 06 tháng 3 năm 2026');
  });

  it('names every case with its body in charge and its deadline as dd/MM/yyyy', () => {
    for (const c of SAMPLE_CASES) {
      expect(text).toContain(c.name.split(' ').slice(-3).join(' '));
      expect(text).toContain(formatDateVi(c.deadline));
    }
    expect(text).toContain('Ủy ban nhân dân phường Lê Chân');
    expect(text).toContain('20/03/2026');
  });

  it('ends with the signer and the recipients list', () => {
    expect(text).toContain('TL. CHỦ TỊCH');
    expect(text).toContain('Phạm Văn Dũng');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- Lưu: VT, BTCD.');
  });
});

describe('renderPdf: every Vietnamese letter survives embedding', () => {
  it('extracts the same letters it was given, lower and upper case, bold and italic', async () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậ đ eèéẻẽẹêềếểễệ iìíỉĩị oòóỏõọôồốổỗộơờớởỡợ uùúủũụưừứửữự yỳýỷỹỵ';
    const upper = letters.toLocaleUpperCase('vi');
    const doc: AdministrativeDocument = {
      ...conclusionNotice(),
      blocks: [
        { type: 'paragraph', content: letters, indent: false, align: 'left' },
        { type: 'paragraph', content: [{ text: upper, bold: true }], indent: false, align: 'left' },
        { type: 'paragraph', content: [{ text: letters, italic: true }], indent: false, align: 'left' },
        { type: 'paragraph', content: [{ text: upper, bold: true, italic: true }], indent: false, align: 'left' },
      ],
    };
    const text = flat(pdfText(await render('alphabet.pdf', doc)));
    expect(text).toContain(letters);
    expect(text).toContain(upper);
  });

  it('accepts decomposed (NFD) input and prints it composed', async () => {
    const nfd = 'Nguyễn Thị Hồng Nhung'.normalize('NFD');
    const doc: AdministrativeDocument = { ...conclusionNotice(), blocks: [{ type: 'paragraph', content: nfd }] };
    const raw = pdfText(await render('nfd.pdf', doc));
    expect(raw).toContain('Nguyễn Thị Hồng Nhung'.normalize('NFC'));
  });
});

describe('renderPdf: long reception log', () => {
  let file: string;
  beforeAll(async () => {
    file = await render('reception-log.pdf', receptionLog(45));
  });

  it('spans several landscape pages', () => {
    expect(pdfPageCount(file)).toBeGreaterThanOrEqual(2);
    const words = pdfWords(file);
    const page1 = words.filter((w) => w.page === 1);
    expect(Math.max(...page1.map((w) => w.xMax))).toBeGreaterThan(595); // wider than portrait A4
  });

  it('prints every row, the masked ID numbers and the dates', () => {
    const text = flat(pdfText(file));
    expect(text).toContain('SỔ TIẾP CÔNG DÂN');
    expect(text).toContain('Từ ngày 01/03/2026 đến ngày 31/03/2026');
    expect(text.match(/\b031\*{6}\d{3}\b/gu)?.length).toBe(45);
    expect(text).not.toMatch(/\b0312\d{8}\b/u);
    for (const n of [1, 23, 45]) expect(pdfWords(file).some((w) => w.text === String(n))).toBe(true);
  });

  it('repeats the table header on every page', () => {
    for (let p = 2; p <= pdfPageCount(file); p++) expect(flat(pdfText(file, p))).toContain('Họ tên - Địa chỉ');
  });

  it('writes nothing into the bottom margin', () => {
    const bottom = (72 / 25.4) * (210 - 20);
    expect(pdfWords(file).filter((w) => w.yMax > bottom + 0.5)).toEqual([]);
  });

  it('numbers pages from 2, centred in the top margin, and leaves page 1 unnumbered', () => {
    const words = pdfWords(file);
    const topMargin = (72 * 20) / 25.4;
    const inMargin = (page: number) => words.filter((w) => w.page === page && w.yMax <= topMargin + 0.5);
    expect(inMargin(1)).toEqual([]);
    const pages = pdfPageCount(file);
    for (let p = 2; p <= pages; p++) {
      const marks = inMargin(p);
      expect(marks.map((w) => w.text)).toEqual([String(p)]);
      const centre = (marks[0].xMin + marks[0].xMax) / 2;
      const textCentre = (72 / 25.4) * (30 + (297 - 45) / 2);
      expect(Math.abs(centre - textCentre)).toBeLessThan(2);
    }
  });
});

describe('renderPdf: other layouts', () => {
  it('prints the party title, without the state motto, for party documents', async () => {
    const text = flat(pdfText(await render('party-notice.pdf', partyNotice())));
    expect(text).toContain(PARTY_TITLE);
    expect(text).not.toContain(MOTTO);
    expect(text).not.toContain(NATIONAL_TITLE);
    expect(text).toContain('Số 45-TB/TU');
    expect(text).toContain('Hải Phòng, ngày 09 tháng 01 năm 2026');
  });

  it('places three signers side by side in one row', async () => {
    const file = await render('minutes.pdf', sessionMinutes());
    const words = pdfWords(file);
    const find = (t: string) => words.filter((w) => w.text === t).at(-1);
    const [citizen, secretary, chair] = ['CÔNG', 'THƯ', 'TỌA'].map(find);
    expect(citizen && secretary && chair).toBeTruthy();
    expect(Math.abs(citizen!.yMin - secretary!.yMin)).toBeLessThan(1);
    expect(citizen!.xMax).toBeLessThan(secretary!.xMin);
    expect(secretary!.xMax).toBeLessThan(chair!.xMin);
  });

  it('keeps a one-page document on one page without a page number', async () => {
    const file = await render('party-notice-check.pdf', partyNotice());
    expect(pdfPageCount(file)).toBe(1);
  });

  it('splits a table row taller than a page across pages without losing text', async () => {
    const words = Array.from({ length: 1500 }, (_, i) => `từ${i}`);
    const doc: AdministrativeDocument = {
      ...partyNotice(),
      blocks: [
        {
          type: 'table',
          columns: ['STT', 'Nội dung'],
          widths: [1, 6],
          rows: [
            ['1', words.join(' ')],
            ['2', 'kết thúc'],
          ],
        },
      ],
    };
    const file = await render('tall-row.pdf', doc);
    expect(pdfPageCount(file)).toBeGreaterThanOrEqual(3);
    const found = pdfWords(file).map((w) => w.text);
    const inOrder = found.filter((t) => /^từ\d+$/u.test(t));
    expect(inOrder).toEqual(words);
    expect(found).toContain('kết');
    const bottom = (72 / 25.4) * (297 - 20);
    expect(pdfWords(file).filter((w) => w.yMax > bottom + 0.5)).toEqual([]);
  });

  it('rejects a table row with the wrong number of cells', async () => {
    const doc: AdministrativeDocument = {
      ...partyNotice(),
      blocks: [{ type: 'table', columns: ['A', 'B'], rows: [['1']] }],
    };
    await expect(renderPdf(doc)).rejects.toThrow(RangeError);
  });
});
