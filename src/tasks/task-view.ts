import { TASK_STATUS_LABELS } from './domain/task-state.js';
import type { PublicResultEntity, TaskEntity, TaskEventEntity } from './task.entity.js';
import { PETITION_TYPE_LABELS } from '../petitions/domain/petition-types.js';

export function taskView(t: TaskEntity) {
  return {
    id: t.id,
    petitionId: t.petitionId,
    unitId: t.unitId,
    assigneeUnitId: t.assigneeUnitId,
    instruction: t.instruction,
    status: t.status,
    statusLabel: TASK_STATUS_LABELS[t.status],
    overdue: t.overdue,
    dueAt: t.dueAt.toISOString(),
    reason: t.reason,
    result: t.resultAt
      ? { summary: t.resultSummary, publish: t.resultPublished, recordedAt: t.resultAt.toISOString() }
      : null,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    completedAt: t.completedAt ? t.completedAt.toISOString() : null,
  };
}

export function taskEventView(e: TaskEventEntity) {
  return {
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    fromUnitId: e.fromUnitId,
    toUnitId: e.toUnitId,
    reason: e.reason,
    byUserId: e.byUserId,
    at: e.at.toISOString(),
  };
}

/** A published answer: no personal data by construction (the row holds none). */
export function publicResultView(r: PublicResultEntity) {
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    petitionType: r.petitionType,
    petitionTypeLabel: PETITION_TYPE_LABELS[r.petitionType],
    subject: r.subject,
    answer: r.answer,
    publishedAt: r.publishedAt.toISOString(),
  };
}
