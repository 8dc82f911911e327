/**
 * Form 03 as CSV (UTF-8 with BOM, so spreadsheet programs show the diacritics) and as an XLSX workbook. Cells carry
 * what citizens typed: both go through `src/common/export/spreadsheet-safe.ts` so no cell is ever read as a formula.
 */
import { csvFile, textCell } from '../common/export/spreadsheet-safe.js';
import { columnNumbers } from '../documents/domain/decree30-layout.js';
import {
  FORM03_COLUMNS,
  FORM03_GROUP_KEYS,
  FORM03_GROUP_TITLE,
  FORM03_KEYS,
  FORM03_TITLES,
  type Form03Row,
  form03Cells,
} from './domain/form03.js';

export function form03Csv(rows: readonly Form03Row[]): Buffer {
  return csvFile([FORM03_COLUMNS, ...rows.map(form03Cells)]);
}

/**
 * Sheet "Sổ tiếp công dân": title, period, then a two-row header as on the printed form (the three handling columns
 * grouped under "Hướng xử lý"), the numbering row (1) … (12), then one row per case. Column titles are the form's, in Vietnamese.
 */
export async function form03Xlsx(
  rows: readonly Form03Row[],
  title: { unitName: string; period: string },
): Promise<Buffer> {
  // exceljs takes about a second to import: loaded on the first spreadsheet asked for, not at start-up.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tiepdan';
  const ws = wb.addWorksheet('Sổ tiếp công dân', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const n = FORM03_KEYS.length;
  ws.mergeCells(1, 1, 1, n);
  ws.getCell(1, 1).value = `SỔ TIẾP CÔNG DÂN - ${title.unitName}`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, n);
  ws.getCell(2, 1).value = title.period;
  ws.getCell(2, 1).alignment = { horizontal: 'center' };
  const groupStart = FORM03_KEYS.indexOf(FORM03_GROUP_KEYS[0]) + 1;
  const groupEnd = FORM03_KEYS.indexOf(FORM03_GROUP_KEYS[FORM03_GROUP_KEYS.length - 1]) + 1;
  FORM03_KEYS.forEach((k, i) => {
    const col = i + 1;
    if (col >= groupStart && col <= groupEnd) {
      ws.getCell(4, col).value = FORM03_TITLES[k];
    } else {
      ws.mergeCells(3, col, 4, col);
      ws.getCell(3, col).value = FORM03_TITLES[k];
    }
  });
  ws.mergeCells(3, groupStart, 3, groupEnd);
  ws.getCell(3, groupStart).value = FORM03_GROUP_TITLE;
  // The numbering row (1) … (12) of the printed form.
  columnNumbers(n).forEach((label, i) => {
    ws.getCell(5, i + 1).value = label;
  });
  for (const r of [3, 4, 5]) {
    ws.getRow(r).eachCell((cell) => {
      cell.font = r === 5 ? { italic: true } : { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
    });
  }
  const widths = [6, 12, 28, 18, 40, 16, 20, 16, 14, 22, 18, 24];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const row of rows) {
    const added = ws.addRow(form03Cells(row).map(textCell));
    added.eachCell((cell) => {
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  }
  ws.views = [{ state: 'frozen', ySplit: 5 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
