/**
 * Locking of dialogue minutes: once finalised, the content is fixed by a SHA-256 hash of a canonical JSON form
 * (src/common/crypto/content-hash.ts), and corrections are append-only amendments. Pure.
 */
import { type Canonical, contentHash as minutesHash } from '../../common/crypto/content-hash.js';

/**
 * Hex SHA-256 of the canonical JSON of `content` (the reception minutes' helper, so both kinds of minutes are
 * fingerprinted the same way): equal content gives an equal hash, whatever the key order or Unicode normalisation.
 */
export function contentHash(content: unknown): string {
  return minutesHash(content as Canonical);
}

export interface MinutesItemContent {
  position: number;
  questionId: string | null;
  questionText: string;
  answer: string | null;
  commitment: { assigneeUnitId: string; dueDate: string; text: string } | null;
}

/** What the hash covers: the dialogue, the summary and every item in order (not ids of tasks created later). */
export function minutesContent(
  dialogueId: string,
  summary: string | null,
  items: readonly MinutesItemContent[],
): unknown {
  return {
    dialogueId,
    summary: summary ?? null,
    items: [...items]
      .sort((a, b) => a.position - b.position)
      .map((i) => ({
        position: i.position,
        questionId: i.questionId,
        questionText: i.questionText,
        answer: i.answer,
        commitment: i.commitment,
      })),
  };
}

/** An item answers the question or records a commitment (who, what, by when), never both and never neither. */
export function itemProblem(item: { answer?: string | null; commitment?: unknown }): string | null {
  const hasAnswer = typeof item.answer === 'string' && item.answer.trim() !== '';
  const hasCommitment = item.commitment != null;
  if (hasAnswer === hasCommitment) return 'Mỗi nội dung phải có câu trả lời hoặc một cam kết (không đồng thời cả hai).';
  return null;
}
