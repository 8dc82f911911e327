import { AsyncLocalStorage } from 'node:async_hooks';

/** The person acting in the current request, as the audit log records them. */
export interface Actor {
  userId: string | null;
  username: string | null;
  roles: string[];
  unitId: string | null;
}

export interface RequestContext {
  requestId: string;
  actor: Actor;
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
