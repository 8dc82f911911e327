/**
 * Extensions of a resolution period (gia hạn). Law on Denunciation 2018, Art. 30: a complex
 * case may be extended once, an especially complex case twice, each time by at most 30 days;
 * each extension is a written decision notified to the denouncer. Limits come from the preset.
 */
import type { PetitionDeadlinePreset } from './deadline-rules.js';
import type { Extension } from './deadlines.js';
import type { Complexity, PetitionType } from './petition-types.js';

export type ExtensionErrorCode =
  'EXTENSION_NOT_ALLOWED' | 'EXTENSION_LIMIT_REACHED' | 'EXTENSION_TOO_LONG' | 'EXTENSION_INVALID_DAYS';

export type ExtensionCheck = { ok: true; maxDays: number; remaining: number } | { ok: false; code: ExtensionErrorCode };

/**
 * May one more extension of `days` be granted? Checked in this order: the type/complexity
 * allows extensions at all (`EXTENSION_NOT_ALLOWED`), `days` is a positive integer
 * (`EXTENSION_INVALID_DAYS`), the count is not used up (`EXTENSION_LIMIT_REACHED`), `days` is
 * within the per-extension maximum (`EXTENSION_TOO_LONG`). On success, `remaining` is the number
 * of extensions still possible after this one.
 */
export function validateExtension(
  type: PetitionType,
  complexity: Complexity,
  existing: readonly Extension[],
  days: number,
  preset: PetitionDeadlinePreset,
): ExtensionCheck {
  const rules = preset.types[type].extensions;
  const limit = rules?.byComplexity[complexity];
  if (!limit || limit.maxCount === 0 || limit.maxDays === 0) return { ok: false, code: 'EXTENSION_NOT_ALLOWED' };
  if (!Number.isSafeInteger(days) || days <= 0) return { ok: false, code: 'EXTENSION_INVALID_DAYS' };
  if (existing.length >= limit.maxCount) return { ok: false, code: 'EXTENSION_LIMIT_REACHED' };
  if (days > limit.maxDays) return { ok: false, code: 'EXTENSION_TOO_LONG' };
  return { ok: true, maxDays: limit.maxDays, remaining: limit.maxCount - existing.length - 1 };
}
