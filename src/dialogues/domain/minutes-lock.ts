/**
 * Locking of dialogue minutes: once finalised, the content is fixed by a SHA-256 hash of a canonical JSON form
 * (object keys sorted, strings NFC-normalised), and corrections are append-only amendments. Pure.
 */
import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value ?? null;
}

/** `sha256:<hex>` of the canonical JSON of `content`: equal content gives an equal hash, whatever the key order. */
export function contentHash(content: unknown): string {
  return 'sha256:' + createHash('sha256').update(JSON.stringify(canonical(content)), 'utf8').digest('hex');
}

export interface MinutesItemContent {
  position: number;
  questionId: string | null;
  questionText: string;
  answer: string | null;
  commitment: { assigneeUnitId: string; dueDate: string; text: string } | null;
}

/** What the hash covers: the dialogue, the summary and every item in order (not ids of tasks created later). */
export function minutesContent(dialogueId: string, summary: string | null, items: readonly MinutesItemContent[]): unknown {
  return {
    dialogueId,
    summary: summary ?? null,
    items: [...items].sort((a, b) => a.position - b.position).map((i) => ({
      position: i.position, questionId: i.questionId, questionText: i.questionText, answer: i.answer, commitment: i.commitment,
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
