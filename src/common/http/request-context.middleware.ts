import type { NextFunction, Request, Response } from 'express';
import { ANONYMOUS, runWithContext } from '../context/request-context.js';

/** Runs the rest of the request inside its context (request id + actor), for the audit log. */
export function requestContextMiddleware(req: Request & { id?: unknown }, _res: Response, next: NextFunction): void {
  const requestId = typeof req.id === 'string' ? req.id : String(req.id ?? '');
  runWithContext({ requestId, actor: { ...ANONYMOUS } }, () => next());
}
