/**
 * A Vietnamese administrative document in the Decree 30/2020/NĐ-CP layout, as plain data.
 * Feature modules (minutes, conclusion notices, refusal notices, the reception-log printout)
 * build one of these and hand it to `renderDocx` or `renderPdf`; the renderers own the layout.
 */

import type { ChartBlock } from './chart.js';

export type { ChartBlock } from './chart.js';

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** `state`: national title and motto; `party`: "ĐẢNG CỘNG SẢN VIỆT NAM". */
export type DocumentKind = 'state' | 'party';

export type Orientation = 'portrait' | 'landscape';

export type Alignment = 'justify' | 'left' | 'center' | 'right';

/** A piece of text with one style. */
export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** Plain text, or runs when some words are bold or italic. `\n` breaks the line. */
export type RichText = string | readonly TextRun[];

/** A body paragraph: justified with a first-line indent unless told otherwise. */
export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly content: RichText;
  readonly align?: Alignment;
  /** First-line indent of 1.27 cm; default true. */
  readonly indent?: boolean;
}

/** A bold section heading such as "I. NỘI DUNG TIẾP CÔNG DÂN". */
export interface HeadingBlock {
  readonly type: 'heading';
  readonly text: string;
  /** Default `left` (with the body's first-line indent). */
  readonly align?: 'left' | 'center';
}

/** A list rendered as paragraphs led by "1.", "2." … (`decimal`) or "-" (`dash`). */
export interface ListBlock {
  readonly type: 'list';
  readonly items: readonly RichText[];
  readonly style?: 'decimal' | 'dash';
  /** First number of a decimal list; default 1. */
  readonly start?: number;
}

/** A bordered table; the header row repeats on every page and cells wrap. */
export interface TableBlock {
  readonly type: 'table';
  readonly columns: readonly string[];
  readonly rows: readonly (readonly RichText[])[];
  /** Relative column widths (any positive numbers, scaled to the text width); default equal. */
  readonly widths?: readonly number[];
  /** Point size of the cells; default 11. */
  readonly fontSize?: number;
  /** Horizontal alignment of the body cells per column; default `left`. Headers are centred. */
  readonly align?: readonly ('left' | 'center' | 'right')[];
  /**
   * Titles spanning several adjacent columns above their own titles (a two-row header, as Form 03's "Hướng xử lý"
   * over columns 8–10); the other columns' titles span both header rows. `from` is the 0-based first column.
   */
  readonly headerGroups?: readonly HeaderGroup[];
  /** A row "(1)", "(2)" … under the header, as official forms number their columns; repeated with the header. */
  readonly numberedColumns?: boolean;
}

export interface HeaderGroup {
  readonly title: string;
  readonly from: number;
  readonly span: number;
}

export type Block = ParagraphBlock | HeadingBlock | ListBlock | TableBlock | ChartBlock;

/** One signer: role ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỌA"), title ("CHỦ TỊCH"), full name. */
export interface SignatureBlock {
  readonly role: string;
  readonly title?: string;
  readonly name: string;
  /** Italic line under the role, e.g. "(Ký, ghi rõ họ tên)". */
  readonly note?: string;
}

export interface PlaceAndDate {
  readonly place: string;
  readonly date: IsoDate;
}

export interface AdministrativeDocument {
  /** The body above the issuer, e.g. "UBND THÀNH PHỐ HẢI PHÒNG". Rendered in capitals. */
  readonly issuingBodyParent?: string;
  /** The issuer, e.g. "VĂN PHÒNG TIẾP CÔNG DÂN". Rendered bold in capitals. */
  readonly issuingBody: string;
  readonly kind: DocumentKind;
  /** "Số: 12/TB-UBND" or just "12/TB-UBND" (the "Số:"/"Số" prefix is added when missing). */
  readonly number?: string;
  readonly placeAndDate: PlaceAndDate;
  /** Document type in capitals, e.g. "THÔNG BÁO". */
  readonly title: string;
  /** The summary line(s) under the title ("Kết luận của … tại buổi tiếp công dân ngày …"). */
  readonly subtitle?: string;
  readonly blocks: readonly Block[];
  /** One signer on the right; two side by side (e.g. secretary left, chair right); up to 3 per row. */
  readonly signatures: readonly SignatureBlock[];
  /** "Nơi nhận:" entries, bottom-left. `;` is added after each entry and `.` after the last. */
  readonly recipients?: readonly string[];
  /** Default `portrait`; the reception-log printout uses `landscape`. */
  readonly orientation?: Orientation;
}

/** Shorthand for a bold run. */
export const bold = (text: string): TextRun => ({ text, bold: true });

/** Shorthand for an italic run. */
export const italic = (text: string): TextRun => ({ text, italic: true });
