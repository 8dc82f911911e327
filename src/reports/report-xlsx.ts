import ExcelJS from 'exceljs';
import { textCell } from '../common/export/spreadsheet-safe.js';
import { formatDateVi } from '../documents/domain/vietnamese-format.js';
import { type ReportView, reportTables } from './domain/report-tables.js';

/** The report as a workbook: one sheet per table, Vietnamese headers, figures as numbers (text cells made safe). */
export async function reportXlsx(v: ReportView): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tiepdan';
  for (const t of reportTables(v)) {
    const ws = wb.addWorksheet(t.sheet.slice(0, 31));
    ws.getCell(1, 1).value = `${t.title} - ${v.unit.name} (${formatDateVi(v.from)} - ${formatDateVi(v.to)})`;
    ws.getCell(1, 1).font = { bold: true };
    const header = ws.getRow(3);
    t.columns.forEach((c, i) => {
      header.getCell(i + 1).value = c;
      header.getCell(i + 1).font = { bold: true };
    });
    t.rows.forEach((r, ri) => {
      const row = ws.getRow(4 + ri);
      r.forEach((c, ci) => {
        row.getCell(ci + 1).value = typeof c === 'string' ? textCell(c) : c;
      });
    });
    ws.columns.forEach((col, i) => (col.width = i === 0 ? 40 : 16));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
