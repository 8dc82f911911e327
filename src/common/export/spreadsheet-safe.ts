/**
 * Exported spreadsheets must never run what a citizen typed. A CSV cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is read as a formula by Excel and LibreOffice (`=HYPERLINK(...)` leaks data on a click, `=cmd|...`
 * runs programs). Following OWASP's advice on CSV injection, such a text gets a leading apostrophe, which spreadsheet
 * programs show as text and never evaluate. Every CSV the product writes goes through `csvFile` so no writer can forget.
 *
 * XLSX needs no prefix: a cell written as a string value is stored as text (a shared string), and a formula only
 * exists when a writer asks for one explicitly; `textCell` is the only way exports fill cells.
 */
import { stringify } from 'csv-stringify/sync';

/** Byte-order mark: spreadsheet programs then read the file as UTF-8 and show the diacritics. */
export const BOM = '\uFEFF';

/** Characters that make a spreadsheet program read a cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `=1+1` → `'=1+1`; any other text is returned unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A CSV file (UTF-8 with BOM, CRLF line ends) of text rows, every cell neutralised. */
export function csvFile(rows: readonly (readonly string[])[]): Buffer {
  const safe = rows.map((row) => row.map((cell) => neutraliseFormula(cell)));
  return Buffer.from(BOM + stringify(safe, { record_delimiter: 'windows' }), 'utf8');
}

/** The value to give an XLSX cell for a text: always a plain string (never a formula object), kept as typed. */
export function textCell(text: string): string {
  return String(text);
}
