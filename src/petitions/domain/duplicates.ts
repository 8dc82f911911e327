/**
 * Possible-duplicate detection: the same citizen ID raising a similar case in the same unit.
 * Similarity is the Dice coefficient on shingles (syllables and syllable bigrams) of the folded
 * text (no diacritics, lower case), with common Vietnamese function words left out. Vietnamese
 * words are mostly two syllables, so bigrams approximate words and keep word order.
 */
import { foldVietnamese, tokenize } from './text-normalize.js';

/** Frequent function words (folded), which carry no topic. */
const STOPWORDS = new Set(
  [
    'va',
    'cua',
    'la',
    'cac',
    'nhung',
    'co',
    'cho',
    'duoc',
    've',
    'viec',
    'da',
    'dang',
    'se',
    'voi',
    'tai',
    'trong',
    'tu',
    'den',
    'thi',
    'ma',
    'nay',
    'do',
    'khi',
    'nhu',
    'cung',
    'de',
    'bi',
    'boi',
    'mot',
    'toi',
    'chung',
    'ong',
    'ba',
    'anh',
    'chi',
    'em',
    'xin',
    'de nghi',
    'kinh',
    'gui',
  ].flatMap((w) => w.split(' ')),
);

export const DEFAULT_DUPLICATE_THRESHOLD = 0.5;

/** Shingles of a text: content syllables and bigrams of consecutive content syllables. */
export function shingles(text: string): Set<string> {
  const tokens = tokenize(text).filter((t) => !STOPWORDS.has(t));
  const out = new Set<string>(tokens);
  for (let i = 0; i + 1 < tokens.length; i++) out.add(`${tokens[i]} ${tokens[i + 1]}`);
  return out;
}

/** Similarity in [0, 1]: 1 for texts equal up to case, diacritics, punctuation and function words. */
export function similarity(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  if (sa.size === 0 && sb.size === 0) return foldVietnamese(a).trim() === foldVietnamese(b).trim() ? 1 : 0;
  if (sa.size === 0 || sb.size === 0) return 0;
  let common = 0;
  for (const s of sa) if (sb.has(s)) common++;
  return (2 * common) / (sa.size + sb.size);
}

/** ID numbers compared on their letters and digits only ("001 234-567" = "001234567"). */
export function normalizeIdNumber(idNumber: string | null | undefined): string {
  return idNumber ? foldVietnamese(idNumber).replace(/[^a-z0-9]/g, '') : '';
}

export interface DuplicateCandidate {
  idNumber?: string | null;
  unitId: string;
  content: string;
}

/** Same (non-empty) citizen ID, same unit, and content at least `threshold` similar. */
export function isPossibleDuplicate(
  candidate: DuplicateCandidate,
  earlier: DuplicateCandidate,
  threshold: number = DEFAULT_DUPLICATE_THRESHOLD,
): boolean {
  const id = normalizeIdNumber(candidate.idNumber);
  if (id === '' || id !== normalizeIdNumber(earlier.idNumber)) return false;
  if (candidate.unitId !== earlier.unitId) return false;
  return similarity(candidate.content, earlier.content) >= threshold;
}

/** Earlier petitions that `candidate` may duplicate, most similar first. */
export function findPossibleDuplicates<E extends DuplicateCandidate>(
  candidate: DuplicateCandidate,
  earlier: readonly E[],
  threshold: number = DEFAULT_DUPLICATE_THRESHOLD,
): { petition: E; score: number }[] {
  return earlier
    .filter((e) => isPossibleDuplicate(candidate, e, threshold))
    .map((petition) => ({ petition, score: similarity(candidate.content, petition.content) }))
    .sort((x, y) => y.score - x.score);
}
