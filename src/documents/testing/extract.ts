/** Test helpers: read the text back out of generated PDF and DOCX files with external tools. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the specs leave their generated files (also the source of docs/screenshots). */
export const OUTPUT_DIR = join(tmpdir(), 'tiepdan-documents');

export function saveOutput(name: string, data: Buffer): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = join(OUTPUT_DIR, name);
  writeFileSync(file, data);
  return file;
}

/** Normalises to NFC and collapses whitespace, so wrapped lines compare as one string. */
export const flat = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ');

/** `pdftotext` of the whole file or of one page (1-based). */
export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC');
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/mu.exec(info);
  if (!m) throw new Error('pdfinfo printed no page count');
  return Number(m[1]);
}

export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly yMin: number;
  readonly yMax: number;
  readonly xMin: number;
  readonly xMax: number;
}

/** Every word with its box (points, origin top-left), from `pdftotext -bbox`. */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const words: PdfWord[] = [];
  html
    .split(/<page /u)
    .slice(1)
    .forEach((pageHtml, i) => {
      const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu;
      for (const m of pageHtml.matchAll(re)) {
        words.push({
          page: i + 1,
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          text: m[5].normalize('NFC'),
        });
      }
    });
  return words;
}

/** One file of a DOCX (a zip) as text, through `unzip -p`. */
export function docxPart(file: string, part: string): string {
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function docxParts(file: string): string[] {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** The visible text of a WordprocessingML part: the `<w:t>` contents, paragraphs on new lines. */
export function wordText(xml: string): string {
  const unescape = (s: string): string =>
    s
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&quot;/gu, '"')
      .replace(/&apos;/gu, "'")
      .replace(/&amp;/gu, '&');
  return xml
    .split(/<\/w:p>/u)
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(br|noBreakHyphen)\/>/gu)]
        .map((m) => (m[2] === 'br' ? '\n' : m[2] ? '-' : unescape(m[1])))
        .join(''),
    )
    .join('\n')
    .normalize('NFC');
}
