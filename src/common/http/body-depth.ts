import type { NextFunction, Request, Response } from 'express';
import { fail } from '../errors/catalogue.js';
import { COMMON_ERRORS } from '../errors/common-errors.js';

/**
 * The deepest JSON body accepted (the top-level object or array is depth 1). No route takes more than a few levels;
 * a body nested thousands deep would overflow the stack of class-transformer and class-validator (a 500), so it is
 * refused right after parsing, before any validation, on every route (login and public routes included).
 */
export const MAX_BODY_DEPTH = 16;

/** Nesting depth of a parsed JSON value, counted without recursion and stopping as soon as it passes `limit`. */
export function jsonDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return max;
}

/** Express middleware, mounted after the body parsers: 400 BODY_TOO_DEEP above MAX_BODY_DEPTH. */
export function bodyDepthGuard(req: Request, _res: Response, next: NextFunction): void {
  const body: unknown = req.body;
  if (body !== null && typeof body === 'object' && jsonDepth(body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
    next(
      fail(COMMON_ERRORS.BODY_TOO_DEEP, {
        detail: `Dữ liệu gửi lên lồng nhau quá sâu (tối đa ${MAX_BODY_DEPTH} cấp).`,
        errors: [{ field: 'body', message: `Không được lồng quá ${MAX_BODY_DEPTH} cấp.` }],
      }),
    );
    return;
  }
  next();
}
