import { beforeAll, describe, expect, it } from '@jest/globals';
import { PARTY_TITLE } from '../../documents/domain/decree30-layout.js';
import type { AdministrativeDocument } from '../../documents/domain/document.model.js';
import { renderDocx } from '../../documents/docx.renderer.js';
import { renderPdf } from '../../documents/pdf.renderer.js';
import { docxPart, flat, pdfText, pdfWords, saveOutput, wordText } from '../../documents/testing/extract.js';
import { buildConclusionNotice } from './conclusion-notice.js';
import { agencyName, issuerFor } from './issuer.js';
import { buildMinutesDocument } from './minutes-document.js';
import { buildRefusalNotice } from './refusal-notice.js';
import { CASES, MINUTES } from './testing/fixtures.js';

const city = { name: 'Thành phố Hải Phòng', level: 'city' as const };
const ward = { name: 'Phường Hồng Bàng', level: 'commune' as const };

interface Rendered {
  docx: string;
  pdf: string;
  pdfFile: string;
  xml: string;
}
async function render(name: string, doc: AdministrativeDocument): Promise<Rendered> {
  const docxFile = saveOutput(`${name}.docx`, await renderDocx(doc));
  const pdfFile = saveOutput(`${name}.pdf`, await renderPdf(doc));
  const xml = docxPart(docxFile, 'word/document.xml');
  return { docx: flat(wordText(xml)), pdf: flat(pdfText(pdfFile)), pdfFile, xml };
}

/** The words of the number line in the PDF: "Số:" and what follows it on the same baseline. */
function numberWords(file: string): { words: string[]; gap: number } {
  const words = pdfWords(file).filter((w) => w.page === 1);
  const so = words.find((w) => w.text === 'Số:' || w.text === 'Số');
  if (!so) throw new Error('no number line');
  const line = words
    .filter((w) => Math.abs(w.yMin - so.yMin) < 1 && w.xMin >= so.xMin && w.xMin < so.xMin + 150)
    .sort((a, b) => a.xMin - b.xMin);
  return { words: line.map((w) => w.text), gap: line.length > 1 ? line[1].xMin - so.xMax : 0 };
}

describe('document variants: government, deputy-signed, party', () => {
  const deputy = {
    fullName: 'Đỗ Thị Bình',
    title: 'Phó Chủ tịch Ủy ban nhân dân phường Hồng Bàng',
    position: 'deputy' as const,
  };
  const partyIssuer = issuerFor(ward, city, 'party');
  const partySecretary = {
    fullName: 'Hoàng Minh Châu',
    title: 'Bí thư Đảng ủy phường Hồng Bàng',
    position: 'head' as const,
  };
  let gov: Rendered;
  let kt: Rendered;
  let party: Rendered;
  let partyMinutes: Rendered;
  beforeAll(async () => {
    gov = await render('variant-gov', buildConclusionNotice(MINUTES, '2026-03-06'));
    kt = await render(
      'variant-deputy',
      buildConclusionNotice({ ...MINUTES, chair: deputy, chairInPerson: false }, '2026-03-06'),
    );
    party = await render(
      'variant-party',
      buildConclusionNotice({ ...MINUTES, issuer: partyIssuer, chair: partySecretary }, '2026-03-06'),
    );
    partyMinutes = await render(
      'variant-party-minutes',
      buildMinutesDocument({ ...MINUTES, issuer: partyIssuer, chair: partySecretary }),
    );
  });

  it('government: TM. ỦY BAN NHÂN DÂN over the bare title CHỦ TỊCH', () => {
    for (const t of [gov.docx, gov.pdf]) {
      expect(t).toContain('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn An');
      expect(t).not.toMatch(/CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG|KT\./u);
    }
  });

  it('a deputy signs KT. CHỦ TỊCH over PHÓ CHỦ TỊCH', () => {
    for (const t of [kt.docx, kt.pdf]) expect(t).toContain('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đỗ Thị Bình');
  });

  it('party: ĐẢNG CỘNG SẢN VIỆT NAM, T/M ĐẢNG ỦY over BÍ THƯ, party-style numbers', () => {
    for (const t of [party.docx, party.pdf, partyMinutes.docx, partyMinutes.pdf]) {
      expect(t).toContain(PARTY_TITLE);
      expect(t).toContain('T/M ĐẢNG ỦY BÍ THƯ');
      expect(t).toContain('Hoàng Minh Châu');
      expect(t).not.toContain('Số:');
      expect(t).not.toContain('TM.');
    }
    for (const t of [party.docx, party.pdf]) expect(t).toContain('T/M ĐẢNG ỦY BÍ THƯ Hoàng Minh Châu');
    expect(numberWords(party.pdfFile).words).toEqual(['Số', '-TB/ĐU']);
    expect(numberWords(partyMinutes.pdfFile).words).toEqual(['Số', '-BB/ĐU']);
    expect(party.xml).toContain('Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-TB/ĐU');
  });

  it('the blank before the number keeps its width in the PDF as in the DOCX', () => {
    const n = numberWords(gov.pdfFile);
    expect(n.words).toEqual(['Số:', '/TB-UBND']);
    // eight no-break spaces of Times 13 pt are about 26 pt; collapsed ordinary spaces would leave about 3 pt
    expect(n.gap).toBeGreaterThan(20);
    expect(gov.xml).toContain('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TB-UBND');
  });

  it('a recorded minutes number is printed in the state style', async () => {
    const withNo = await render('variant-numbered', buildMinutesDocument({ ...MINUTES, number: '05' }));
    for (const t of [withNo.docx, withNo.pdf]) expect(t).toContain('Số: 05/BB-UBND');
  });

  it('the refusal notice signed by a deputy, citizen addressed as recorded', async () => {
    const t = await render(
      'variant-refusal',
      buildRefusalNotice({
        issuer: MINUTES.issuer,
        case: { ...CASES[3], salutation: 'ong' },
        venueName: MINUTES.venueName,
        signer: deputy,
        issuedOn: '2026-03-05',
      }),
    );
    for (const s of [t.docx, t.pdf]) {
      expect(s).toContain('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đỗ Thị Bình');
      expect(s).toContain('thông báo từ chối tiếp ông Vũ Văn Khải');
      expect(s).not.toContain('ông (bà)');
    }
  });
});

describe('agencyName', () => {
  it.each([
    [{ name: 'Phường Hồng Bàng', level: 'commune' as const }, 'Ủy ban nhân dân phường Hồng Bàng'],
    [{ name: 'Xã Cát Hải', level: 'commune' as const }, 'Ủy ban nhân dân xã Cát Hải'],
    [{ name: 'Đặc khu Bạch Long Vĩ', level: 'commune' as const }, 'Ủy ban nhân dân đặc khu Bạch Long Vĩ'],
    [{ name: 'Thành phố Hải Phòng', level: 'city' as const }, 'Ủy ban nhân dân thành phố Hải Phòng'],
    [{ name: 'Sở Xây dựng', level: 'department' as const }, 'Sở Xây dựng'],
    [{ name: 'Thanh tra phường Hồng Bàng', level: 'department' as const }, 'Thanh tra phường Hồng Bàng'],
    [{ name: 'UBND phường Lê Chân', level: 'commune' as const }, 'Ủy ban nhân dân phường Lê Chân'],
  ])('%o → %s', (unit, want) => expect(agencyName(unit)).toBe(want));
});
