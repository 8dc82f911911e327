/**
 * Line breaking for the PDF renderer, independent of pdfkit: text is measured through a
 * `Measure` callback, so the algorithm is unit-tested with a fake measure.
 *
 * Words are separated by spaces (runs of spaces collapse to one); a word may span several
 * styled runs ("**Điều 1**," is one word); `\n` forces a line break. A word wider than the line
 * is cut between characters. Every line fits in the width it was given, except a line holding a
 * single character wider than that width.
 */
import type { FontStyle } from './fonts.js';

export type Measure = (text: string, style: FontStyle, size: number) => number;

export interface StyledRun {
  readonly text: string;
  readonly style: FontStyle;
  readonly size: number;
}

export interface Fragment extends StyledRun {
  readonly width: number;
}

export interface LayoutWord {
  readonly fragments: readonly Fragment[];
  readonly width: number;
  /** Width of the space drawn before this word when it does not start a line. */
  readonly spaceBefore: number;
}

export interface LayoutLine {
  readonly words: readonly LayoutWord[];
  /** Natural width: words plus single spaces between them. */
  readonly width: number;
  /** Left offset of this line (the first-line indent, or 0). */
  readonly indent: number;
  /** Last line of the paragraph or of a hard-broken line: never stretched when justified. */
  readonly last: boolean;
  /** Largest font size on the line (0 for an empty line: use the paragraph's size). */
  readonly size: number;
}

type Token = { kind: 'word'; word: LayoutWord } | { kind: 'break' };

const EPSILON = 1e-6;

function tokenize(runs: readonly StyledRun[], measure: Measure): Token[] {
  const tokens: Token[] = [];
  let fragments: Fragment[] = [];
  let pendingSpace = 0;
  let spaceBefore = 0;
  const flush = (): void => {
    if (fragments.length === 0) return;
    const width = fragments.reduce((a, f) => a + f.width, 0);
    tokens.push({ kind: 'word', word: { fragments, width, spaceBefore } });
    fragments = [];
  };
  for (const run of runs) {
    for (const piece of run.text.split(/(\n| +)/u)) {
      if (piece === '') continue;
      if (piece === '\n') {
        flush();
        tokens.push({ kind: 'break' });
        pendingSpace = 0;
      } else if (piece.startsWith(' ')) {
        flush();
        pendingSpace = measure(' ', run.style, run.size);
      } else {
        if (fragments.length === 0) spaceBefore = pendingSpace;
        pendingSpace = 0;
        fragments.push({ ...run, text: piece, width: measure(piece, run.style, run.size) });
      }
    }
  }
  flush();
  return tokens;
}

/** Cuts a word into pieces no wider than `first` (first piece) and `rest` (the others). */
function splitWord(word: LayoutWord, first: number, rest: number, measure: Measure): LayoutWord[] {
  const pieces: LayoutWord[] = [];
  let current: Fragment[] = [];
  let width = 0;
  let limit = first;
  const push = (): void => {
    pieces.push({ fragments: current, width, spaceBefore: pieces.length === 0 ? word.spaceBefore : 0 });
    current = [];
    width = 0;
    limit = rest;
  };
  for (const frag of word.fragments) {
    for (const ch of frag.text) {
      const w = measure(ch, frag.style, frag.size);
      if (width + w > limit + EPSILON && width > 0) push();
      const last = current[current.length - 1];
      if (last && last.style === frag.style && last.size === frag.size) {
        current[current.length - 1] = { ...last, text: last.text + ch, width: last.width + w };
      } else {
        current.push({ text: ch, style: frag.style, size: frag.size, width: w });
      }
      width += w;
    }
  }
  if (current.length > 0) push();
  return pieces;
}

/** Breaks styled runs into lines of at most `maxWidth`, the first one indented by `firstIndent`. */
export function breakLines(
  runs: readonly StyledRun[],
  maxWidth: number,
  firstIndent: number,
  measure: Measure,
): LayoutLine[] {
  const lines: LayoutLine[] = [];
  let words: LayoutWord[] = [];
  let width = 0;
  const indent = (): number => (lines.length === 0 ? Math.min(firstIndent, maxWidth / 2) : 0);
  const finish = (last: boolean): void => {
    const size = Math.max(0, ...words.flatMap((w) => w.fragments.map((f) => f.size)));
    lines.push({ words, width, indent: indent(), last, size });
    words = [];
    width = 0;
  };
  const place = (word: LayoutWord): void => {
    const gap = words.length > 0 ? word.spaceBefore : 0;
    if (width + gap + word.width <= maxWidth - indent() + EPSILON) {
      words.push(word);
      width += gap + word.width;
      return;
    }
    if (words.length > 0) {
      finish(false);
      place(word);
      return;
    }
    const pieces = splitWord(word, maxWidth - indent(), maxWidth, measure);
    pieces.forEach((piece, i) => {
      if (i > 0) finish(false);
      words.push(piece);
      width = piece.width;
    });
  };
  for (const token of tokenize(runs, measure)) {
    if (token.kind === 'break') finish(true);
    else place(token.word);
  }
  if (words.length > 0 || lines.length === 0) finish(true);
  return lines;
}

/** x offsets of each word of a line inside a box of `boxWidth`, for an alignment. */
export function wordOffsets(
  line: LayoutLine,
  boxWidth: number,
  align: 'justify' | 'left' | 'center' | 'right',
): number[] {
  const free = Math.max(0, boxWidth - line.indent - line.width);
  const stretch = align === 'justify' && !line.last && line.words.length > 1 ? free / (line.words.length - 1) : 0;
  let x = line.indent + (align === 'center' ? free / 2 : align === 'right' ? free : 0);
  return line.words.map((word, i) => {
    if (i > 0) x += word.spaceBefore + stretch;
    const at = x;
    x += word.width;
    return at;
  });
}
