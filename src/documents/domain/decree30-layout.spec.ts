import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  assertRenderable,
  columnFractions,
  documentNumber,
  NUMBER_BLANK,
  headerTitle,
  listPrefix,
  mmToTwip,
  numberLine,
  pageGeometryMm,
  recipientLines,
  recipientsBesideSigner,
  signatureRows,
  toRuns,
  upperVi,
} from './decree30-layout.js';
import { partyNotice } from '../testing/sample-documents.js';

describe('Decree 30 layout helpers', () => {
  it('converts the margins to the twips Word stores', () => {
    expect([210, 297, 20, 30, 15].map(mmToTwip)).toEqual([11906, 16838, 1134, 1701, 850]);
  });

  it('gives the text width for both orientations', () => {
    expect(pageGeometryMm('portrait')).toEqual({ width: 210, height: 297, textWidth: 165 });
    expect(pageGeometryMm('landscape')).toEqual({ width: 297, height: 210, textWidth: 252 });
  });

  it('uses the national title and motto for state bodies and the party title for party bodies', () => {
    expect(headerTitle('state')).toEqual({
      title: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
    });
    expect(headerTitle('party')).toEqual({ title: 'ĐẢNG CỘNG SẢN VIỆT NAM' });
  });

  it.each([
    ['state', 'TB', 'UBND', '12', 'Số: 12/TB-UBND'],
    ['state', 'BB', 'UBND', null, `Số: ${NUMBER_BLANK}/BB-UBND`],
    ['party', 'TB', 'ĐU', 12, 'Số 12-TB/ĐU'],
    ['party', 'BB', 'ĐU', undefined, `Số ${NUMBER_BLANK}-BB/ĐU`],
  ] as const)('document number %s %s-%s %s', (kind, code, abbr, seq, expected) => {
    expect(documentNumber(kind, code, abbr, seq)).toBe(expected);
    // the blank survives the number line unchanged (no-break spaces are not trimmed inside)
    expect(numberLine(kind, expected)).toBe(expected);
  });

  it.each([
    ['state', '12/TB-UBND', 'Số: 12/TB-UBND'],
    ['state', 'Số: 12/TB-UBND', 'Số: 12/TB-UBND'],
    ['state', ' Số 12/TB-UBND ', 'Số 12/TB-UBND'],
    ['party', '45-TB/TU', 'Số 45-TB/TU'],
    ['state', 'Sốt/12', 'Số: Sốt/12'],
    ['state', '  ', undefined],
    ['state', undefined, undefined],
  ] as const)('number line for %s %p → %p', (kind, input, expected) => {
    expect(numberLine(kind, input)).toBe(expected);
  });

  it('punctuates recipients with ";" and a final "."', () => {
    expect(recipientLines(['Như trên;', ' Thanh tra thành phố ', '', 'Lưu: VT.'])).toEqual([
      '- Như trên;',
      '- Thanh tra thành phố;',
      '- Lưu: VT.',
    ]);
    expect(recipientLines(undefined)).toEqual([]);
  });

  it('upper-cases Vietnamese including decomposed input', () => {
    expect(upperVi('ủy ban nhân dân phường lê chân'.normalize('NFD'))).toBe('ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN');
  });

  it('numbers list items from the start value or uses dashes', () => {
    expect([0, 1, 2].map((i) => listPrefix('decimal', 3, i))).toEqual(['3.', '4.', '5.']);
    expect(listPrefix(undefined, undefined, 0)).toBe('1.');
    expect(listPrefix('dash', 5, 2)).toBe('-');
  });

  it('drops empty runs and composes text', () => {
    expect(toRuns([{ text: '' }, { text: 'Hồ'.normalize('NFD'), bold: true }])).toEqual([{ text: 'Hồ', bold: true }]);
    expect(toRuns('abc')).toEqual([{ text: 'abc' }]);
  });

  it('scales column widths to fractions summing to 1, equal when invalid', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.1, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 }), (ws) => {
        const f = columnFractions(ws.length, ws);
        expect(f.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
        ws.forEach((w, i) => expect(f[i] / f[0]).toBeCloseTo(w / ws[0]));
      }),
    );
    expect(columnFractions(3, [1, 2])).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(columnFractions(2, [1, -1])).toEqual([0.5, 0.5]);
  });

  it('groups signers by three in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (n) => {
        const sigs = Array.from({ length: n }, (_, i) => ({ role: `R${i}`, name: `N${i}` }));
        const rows = signatureRows(sigs);
        expect(rows.flat()).toEqual(sigs);
        expect(rows.every((r) => r.length >= 1 && r.length <= 3)).toBe(true);
        expect(rows.length).toBe(Math.ceil(n / 3));
      }),
    );
  });

  it('puts the recipients beside a single signer only', () => {
    const doc = partyNotice();
    expect(recipientsBesideSigner(doc)).toBe(true);
    expect(recipientsBesideSigner({ ...doc, recipients: [] })).toBe(false);
    expect(recipientsBesideSigner({ ...doc, signatures: [...doc.signatures, ...doc.signatures] })).toBe(false);
  });

  it('rejects empty titles and ragged tables', () => {
    const doc = partyNotice();
    expect(() => assertRenderable(doc)).not.toThrow();
    expect(() => assertRenderable({ ...doc, title: ' ' })).toThrow(RangeError);
    expect(() => assertRenderable({ ...doc, blocks: [{ type: 'table', columns: [], rows: [] }] })).toThrow(RangeError);
    expect(() =>
      assertRenderable({ ...doc, blocks: [{ type: 'table', columns: ['a', 'b'], rows: [['1', '2'], ['3']] }] }),
    ).toThrow(/row 2/u);
  });
});
