import { describe, expect, it, beforeAll } from '@jest/globals';
import { renderDocx } from './docx.renderer.js';
import { MOTTO, NATIONAL_TITLE, PARTY_TITLE } from './domain/decree30-layout.js';
import { formatDateVi } from './domain/vietnamese-format.js';
import {
  SAMPLE_CASES,
  conclusionNotice,
  partyNotice,
  receptionLog,
  sessionMinutes,
} from './testing/sample-documents.js';
import { docxPart, docxParts, flat, saveOutput, wordText } from './testing/extract.js';
import type { AdministrativeDocument } from './domain/document.model.js';

const render = async (name: string, doc: AdministrativeDocument): Promise<string> =>
  saveOutput(name, await renderDocx(doc));

/** The attributes of the first `<tag .../>` in the XML, as a map. */
function attrs(xml: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}\\s([^>]*?)/?>`, 'u').exec(xml);
  if (!m) throw new Error(`no <${tag}> element`);
  return Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/gu)].map((a) => [a[1], a[2]]));
}

describe('renderDocx: conclusion notice', () => {
  let file: string;
  let xml: string;
  let text: string;
  beforeAll(async () => {
    file = await render('conclusion-notice.docx', conclusionNotice());
    xml = docxPart(file, 'word/document.xml');
    text = flat(wordText(xml));
  });

  it('is a zip whose document part exists', () => {
    expect(docxParts(file)).toEqual(expect.arrayContaining(['word/document.xml', '[Content_Types].xml']));
  });

  it('carries the national title, motto, issuing body, number and place-and-date line', () => {
    expect(text).toContain(NATIONAL_TITLE);
    expect(text).toContain(MOTTO);
    expect(text).toContain('UBND THÀNH PHỐ HẢI PHÒNG');
    expect(text).toContain('BAN TIẾP CÔNG DÂN');
    expect(text).toContain('Số: 12/TB-BTCD');
    expect(text).toContain('Hải Phòng, ngày 06 tháng 3 năm 2026');
    expect(text).toContain('THÔNG BÁO');
  });

  it('names every case, its body in charge and its deadline as dd/MM/yyyy', () => {
    for (const c of SAMPLE_CASES) {
      expect(text).toContain(`Vụ việc của ${c.name}`);
      expect(text).toContain(c.bodyInCharge);
      expect(text).toContain(formatDateVi(c.deadline));
    }
    expect(text).toContain('Thời hạn hoàn thành: 20/03/2026.');
  });

  it('puts the header block in a borderless table with the issuer left and the national title right', () => {
    const firstTable = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(firstTable).toContain('w:val="none"');
    const cells = firstTable.split('</w:tc>').map((c) => flat(wordText(c)));
    expect(cells[0]).toContain('BAN TIẾP CÔNG DÂN');
    expect(cells[1]).toContain(NATIONAL_TITLE);
    expect(cells[1]).toContain(MOTTO);
  });

  it('sets A4 portrait, Decree 30 margins in twips and a different first-page header', () => {
    expect(attrs(xml, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attrs(xml, 'w:pgMar')).toMatchObject({
      'w:top': '1134',
      'w:bottom': '1134',
      'w:left': '1701',
      'w:right': '850',
    });
    expect(xml).toMatch(/<w:titlePg\s*\/>/u);
  });

  it('numbers pages in the default header only; the first-page header is empty', () => {
    const refs = [...xml.matchAll(/<w:headerReference ([^>]*)\/>/gu)].map((m) => m[1]);
    const target = (type: string): string => {
      const ref = refs.find((r) => r.includes(`w:type="${type}"`));
      const id = ref && /r:id="([^"]+)"/u.exec(ref)?.[1];
      const rels = docxPart(file, 'word/_rels/document.xml.rels');
      const rel =
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(rels) ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`, 'u').exec(rels);
      if (!rel) throw new Error(`no relationship for the ${type} header`);
      return docxPart(file, `word/${rel[1]}`);
    };
    const def = target('default');
    expect(def).toMatch(/PAGE/u);
    expect(def).toContain('w:val="center"');
    const first = target('first');
    expect(first).not.toMatch(/PAGE/u);
    expect(wordText(first).trim()).toBe('');
  });

  it('uses Times New Roman by default and the decree sizes for the header', () => {
    const styles = docxPart(file, 'word/styles.xml');
    expect(styles).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/u);
    expect(styles).toMatch(/<w:rFonts [^>]*w:hAnsi="Times New Roman"/u);
    // National title 12 pt bold (24 half-points), motto 13 pt bold (26 half-points).
    const run = (t: string) => {
      const i = xml.indexOf(`>${t}</w:t>`);
      return xml.slice(xml.lastIndexOf('<w:r>', i), i);
    };
    expect(run(NATIONAL_TITLE)).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/u);
    expect(run(MOTTO)).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/u);
  });

  it('ends with the signer beside "Nơi nhận:"', () => {
    const last = xml.slice(xml.lastIndexOf('<w:tbl>'));
    const t = flat(wordText(last));
    expect(t).toContain('Nơi nhận:');
    expect(t).toContain('- Lưu: VT, BTCD.');
    expect(t).toContain('TL. CHỦ TỊCH');
    expect(t).toContain('Phạm Văn Dũng');
  });
});

describe('renderDocx: reception log', () => {
  let xml: string;
  beforeAll(async () => {
    xml = docxPart(await render('reception-log.docx', receptionLog(45)), 'word/document.xml');
  });

  it('is landscape A4 with the same margins', () => {
    expect(attrs(xml, 'w:pgSz')).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    expect(attrs(xml, 'w:pgMar')).toMatchObject({ 'w:left': '1701', 'w:right': '850' });
  });

  it('has a 12-column table with a repeated header row and all 45 rows', () => {
    const tables = xml.split('<w:tbl>').slice(1);
    const log = tables.find((t) => t.includes('Họ tên - Địa chỉ'));
    expect(log).toBeDefined();
    expect(log!.match(/<w:gridCol /gu)).toHaveLength(12);
    expect(log!.match(/<w:tblHeader\/>/gu)?.length).toBe(1);
    expect(log!.match(/<w:tr>|<w:tr /gu)).toHaveLength(46);
  });

  it('prints masked ID numbers only', () => {
    const text = flat(wordText(xml));
    expect(text.match(/031\*{6}\d{3}/gu)).toHaveLength(45);
    expect(text).not.toMatch(/0312\d{8}/u);
  });

  it('places two signers side by side in one row', () => {
    const last = xml.slice(xml.lastIndexOf('<w:tbl>'));
    const firstRow = last.slice(0, last.indexOf('</w:tr>'));
    expect(flat(wordText(firstRow))).toContain('NGƯỜI LẬP SỔ');
    expect(flat(wordText(firstRow))).toContain('TRƯỞNG BAN');
  });
});

describe('renderDocx: other layouts', () => {
  it('prints the party title and no motto for party documents', async () => {
    const text = flat(wordText(docxPart(await render('party-notice.docx', partyNotice()), 'word/document.xml')));
    expect(text).toContain(PARTY_TITLE);
    expect(text).not.toContain(MOTTO);
    expect(text).not.toContain(NATIONAL_TITLE);
    expect(text).toContain('Số 45-TB/TU');
    expect(text).toContain('Hải Phòng, ngày 09 tháng 01 năm 2026');
  });

  it('lines three signers up in one row, names in the row below', async () => {
    const xml = docxPart(await render('minutes.docx', sessionMinutes()), 'word/document.xml');
    const last = xml.slice(xml.lastIndexOf('<w:tbl>'));
    const [roles, names] = last.split('</w:tr>').map((r) => flat(wordText(r)));
    expect(roles).toMatch(/CÔNG DÂN.*THƯ KÝ.*CHỦ TỌA/u);
    expect(names).toMatch(/Trần Thị Mai.*Nguyễn Thu Trang.*Nguyễn Văn Hùng/u);
  });

  it('escapes XML special characters in user text', async () => {
    const doc: AdministrativeDocument = { ...partyNotice(), blocks: [{ type: 'paragraph', content: 'A & B <C> "D"' }] };
    const xml = docxPart(await render('escape.docx', doc), 'word/document.xml');
    expect(flat(wordText(xml))).toContain('A & B <C> "D"');
  });

  it('rejects a document without an issuing body', async () => {
    await expect(renderDocx({ ...partyNotice(), issuingBody: '  ' })).rejects.toThrow(RangeError);
  });
});
