import { AsyncLocalStorage } from 'node:async_hooks';

/** The person acting in the current request, as the audit log records them. */
export interface Actor {
  userId: string | null;
  username: string | null;
  roles: string[];
  unitId: string | null;
}

/**
 * The audit row a write request owes, set by the audit interceptor before the handler runs. The first transaction of
 * the request that changes data appends it just before committing (see src/audit/audit-unit-of-work.ts) and marks it
 * `claimed`; a failed commit gives the claim back.
 */
export interface PendingAudit {
  action: string;
  entityType: string;
  params: Record<string, string>;
  summary: string;
  claimed: boolean;
}

export interface RequestContext {
  requestId: string;
  actor: Actor;
  audit?: PendingAudit;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const ANONYMOUS: Actor = { userId: null, username: null, roles: [], unitId: null };

export function runWithContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
