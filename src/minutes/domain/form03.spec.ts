import { beforeAll, describe, expect, it } from '@jest/globals';
import { bindDocumentNumbers, NO_BREAK_HYPHEN } from '../../documents/domain/decree30-layout.js';
import { renderDocx } from '../../documents/docx.renderer.js';
import { renderPdf } from '../../documents/pdf.renderer.js';
import { docxPart, flat, pdfWords, type PdfWord, saveOutput, wordText } from '../../documents/testing/extract.js';
import { buildReceptionLogPrintout, FORM03_COLUMNS, FORM03_GROUP_TITLE, FORM03_TITLES } from './form03.js';
import { CASES, ISSUER } from './testing/fixtures.js';

const NUMBERING = Array.from({ length: 12 }, (_, i) => `(${i + 1})`);

describe('Form 03 printout: official titles, "Hướng xử lý" over columns 8–10, numbering row', () => {
  let xml: string;
  let words: PdfWord[];
  let allWords: PdfWord[];
  beforeAll(async () => {
    const doc = buildReceptionLogPrintout({
      issuer: ISSUER,
      from: '2026-03-01',
      to: '2026-03-31',
      issuedOn: '2026-03-31',
      cases: CASES,
    });
    xml = docxPart(saveOutput('form03-unit.docx', await renderDocx(doc)), 'word/document.xml');
    allWords = pdfWords(saveOutput('form03-unit.pdf', await renderPdf(doc)));
    words = allWords.filter((w) => w.page === 1);
  });

  it('uses the form titles of columns 4, 8, 10 and 11', () => {
    expect(FORM03_TITLES).toMatchObject({
      idNumber: 'Số CCCD/Hộ chiếu của công dân',
      accepted: 'Thụ lý để giải quyết',
      transferred: 'Chuyển đơn đến cơ quan, tổ chức, đơn vị có thẩm quyền',
      followUp: 'Theo dõi kết quả giải quyết',
    });
    const text = flat(wordText(xml));
    for (const title of [...FORM03_COLUMNS, FORM03_GROUP_TITLE]) expect(text).toContain(title);
  });

  it('DOCX: the group title spans three columns, the others span two header rows, then (1) … (12)', () => {
    const header = xml.slice(0, xml.indexOf('Trần Thị Mai'));
    const groupCell = /<w:tc>(?:(?!<\/w:tc>).)*Hướng xử lý(?:(?!<\/w:tc>).)*<\/w:tc>/su.exec(header)?.[0] ?? '';
    expect(groupCell).toContain('<w:gridSpan w:val="3"/>');
    expect(header.match(/<w:vMerge w:val="restart"\/>/gu)).toHaveLength(9);
    expect(header.match(/<w:tblHeader\/>/gu)?.length).toBe(3);
    expect(flat(wordText(header))).toContain(NUMBERING.join(' '));
  });

  it('PDF: "Hướng xử lý" sits above the three handling titles, within their span; the numbering row follows', () => {
    const find = (text: string): PdfWord => {
      const w = words.find((x) => x.text === text);
      if (!w) throw new Error(`no "${text}" on page 1`);
      return w;
    };
    const group = find('Hướng');
    const accepted = find('Thụ');
    const transferred = words.find((x) => x.text === 'Chuyển' && x.yMin > group.yMax)!;
    expect(group.yMax).toBeLessThan(accepted.yMin);
    expect(group.xMin).toBeGreaterThan(accepted.xMin - 5);
    expect(group.xMax).toBeLessThan(transferred.xMax + 60);
    const numbers = NUMBERING.map(find);
    expect(new Set(numbers.map((n) => Math.round(n.yMin))).size).toBe(1);
    expect(numbers.map((n) => n.xMin)).toEqual([...numbers.map((n) => n.xMin)].sort((a, b) => a - b));
    expect(numbers[0].yMin).toBeGreaterThan(accepted.yMax);
  });

  it('keeps a document number whole: one PDF word, a no-break hyphen in the DOCX', () => {
    expect(allWords.some((w) => w.text.startsWith('12/QĐ-UBND'))).toBe(true);
    expect(xml).toMatch(/12\/QĐ<\/w:t><w:noBreakHyphen\/><w:t[^>]*>UBND/u);
    expect(bindDocumentNumbers('Quyết định số 12/QĐ-UBND, Thông báo 45-TB/TU, ngày 20/03/2026 - tổ 3-4')).toBe(
      `Quyết định số 12/QĐ${NO_BREAK_HYPHEN}UBND, Thông báo 45${NO_BREAK_HYPHEN}TB/TU, ngày 20/03/2026 - tổ 3-4`,
    );
  });
});
