import type { NextFunction, Request, Response } from 'express';
import { ANONYMOUS, runWithContext } from '../context/request-context.js';
import { assignRequestId } from './logging.js';

/**
 * Runs the rest of the request inside its context (request id + actor), for the audit log. This middleware runs before
 * the logger's (module middleware comes after `app.use`), so it assigns the request id itself; the logger then reuses it.
 */
export function requestContextMiddleware(req: Request & { id?: unknown }, res: Response, next: NextFunction): void {
  const requestId = assignRequestId(req, res);
  runWithContext({ requestId, actor: { ...ANONYMOUS } }, () => next());
}
