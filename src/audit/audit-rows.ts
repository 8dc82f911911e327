import { ANONYMOUS, type Actor, type RequestContext } from '../common/context/request-context.js';
import { newId } from '../common/ids.js';
import { AuditEntity } from './audit.entity.js';
import type { ChainedRow } from './domain/audit-chain.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  summary?: string | null;
  /** Defaults to the actor of the request. */
  actor?: Actor;
}

/** A new audit row (not yet chained: `seq`, `prevHash` and `hash` are set when it is appended). */
export function auditRow(rec: AuditRecord, ctx: RequestContext | undefined, now: Date): AuditEntity {
  const actor = rec.actor ?? ctx?.actor ?? ANONYMOUS;
  return Object.assign(new AuditEntity(), {
    id: newId(),
    at: now,
    actorId: actor.userId,
    actorUsername: actor.username,
    actorRoles: [...actor.roles],
    action: rec.action,
    entityType: rec.entityType,
    entityId: rec.entityId ?? null,
    requestId: ctx?.requestId || null,
    summary: rec.summary ? rec.summary.slice(0, 300) : null,
  });
}

/** The chained content of a row. */
export function chainedContent(row: AuditEntity): Omit<ChainedRow, 'seq' | 'prevHash'> {
  return {
    id: row.id,
    atMs: row.at.getTime(),
    actorId: row.actorId,
    actorUsername: row.actorUsername,
    actorRoles: row.actorRoles,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    requestId: row.requestId,
    summary: row.summary,
  };
}
