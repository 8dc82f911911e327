import type { Disclosed } from '../common/privacy/masking-policy.js';
import type { OfficialRecord, VenueRecord } from '../org/org-reader.service.js';
import type { CoOrganizer, DialogueEntity, DialogueQuestionEntity } from './dialogue.entity.js';
import { resultsOverdue } from './domain/dialogue-rules.js';
import { MODE_LABELS, STATUS_LABELS, TRIGGER_LABELS } from './domain/dialogue-texts.js';

export interface DialogueContext {
  unitName: string | null;
  chairs: OfficialRecord[];
  venue: VenueRecord | null;
  today: string;
  /** Computed for drafts (not stored until published). */
  rules?: { publishBy: string; resultsBy: string; basis: string[] } | null;
}

export const shareOf = (bp: number | null): number | null => (bp === null ? null : bp / 100);

/** Staff view of a dialogue. */
export function dialogueView(d: DialogueEntity, c: DialogueContext) {
  const resultsBy = d.resultsBy ?? c.rules?.resultsBy ?? null;
  const afterDialogue = d.status === 'held' || d.status === 'results_published';
  return {
    id: d.id,
    unitId: d.unitId,
    unitName: c.unitName,
    topic: d.topic,
    content: d.content,
    startsAt: d.startsAt.toISOString(),
    endsAt: d.endsAt.toISOString(),
    timeZone: d.timeZone,
    localDate: d.localDate,
    mode: d.mode,
    modeLabel: MODE_LABELS[d.mode],
    venueId: d.venueId,
    venue: c.venue ? { id: c.venue.id, name: c.venue.name, address: c.venue.address } : null,
    onlineUrl: d.onlineUrl,
    chairOfficialIds: c.chairs.map((o) => o.id),
    chairs: c.chairs.map((o) => ({ id: o.id, fullName: o.fullName, title: o.title })),
    coOrganizers: d.coOrganizers,
    trigger: d.trigger,
    triggerLabel: TRIGGER_LABELS[d.trigger],
    voterRequestShare: shareOf(d.voterShareBp),
    status: d.status,
    statusLabel: STATUS_LABELS[d.status],
    sequence: d.sequence,
    publishBy: d.publishBy ?? c.rules?.publishBy ?? null,
    publishedAt: d.publishedAt?.toISOString() ?? null,
    heldAt: d.heldAt?.toISOString() ?? null,
    changeReason: d.changeReason,
    rulesBasis: c.rules?.basis ?? null,
    resultsDueOn: resultsBy,
    resultsOverdue: afterDialogue ? resultsOverdue(resultsBy, d.resultsPublishedOn, c.today) : false,
    results:
      d.resultsSummary === null
        ? null
        : {
            summary: d.resultsSummary,
            publishedAt: d.resultsPublishedAt?.toISOString() ?? null,
            publishedOn: d.resultsPublishedOn,
          },
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

export function normalizeCoOrganizers(
  list: (string | { name: string; role?: CoOrganizer['role'] })[] | undefined,
): CoOrganizer[] {
  return (list ?? []).map((x) =>
    typeof x === 'string'
      ? { name: x.trim(), role: 'co_organizer' as const }
      : { name: x.name.trim(), role: x.role ?? 'co_organizer' },
  );
}

/** Staff view of a question: the name and the decrypted contact as the masking policy lets this reader see them. */
export function questionView(q: DialogueQuestionEntity, contact: string | null, seen: Disclosed) {
  return {
    id: q.id,
    dialogueId: q.dialogueId,
    fullName: seen.show('fullName', q.fullName)!,
    contact: seen.show('contact', contact),
    question: q.question,
    publicText: q.publicText,
    status: q.status,
    rejectReason: q.rejectReason,
    mergedIntoId: q.mergedIntoId,
    moderatedAt: q.moderatedAt?.toISOString() ?? null,
    createdAt: q.createdAt.toISOString(),
  };
}

/** Public view of an accepted question: no name, no contact. */
export function publicQuestionView(q: DialogueQuestionEntity, mergedCount: number) {
  return {
    id: q.id,
    question: q.publicText ?? q.question,
    duplicatesMerged: mergedCount,
    createdAt: q.createdAt.toISOString(),
  };
}
