import { type CallHandler, type ExecutionContext, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { from, type Observable, mergeMap, of } from 'rxjs';
import { currentContext, type PendingAudit } from '../common/context/request-context.js';
import { AUDIT_ENTITY } from './audit.decorator.js';
import { AuditService } from './audit.service.js';
import { actionOf, entityIdOf } from './audit-naming.js';

/**
 * Audits every successful write (POST/PUT/PATCH/DELETE) with who, role, entity, time and request id. A request that
 * ends without an exception but answered an error status (a website form rendered again with its errors) is not
 * recorded as done.
 *
 * Before the handler runs, the row the request owes is left in the request context; the first transaction of the
 * request that changes data appends it just before committing (AuditUnitOfWork), so the change and its audit row
 * commit or roll back together. A write route that changed nothing through a transaction gets its row afterwards, in a
 * transaction of its own; as nothing of the request was committed, a failure there is logged and does not turn the
 * handler's answer into an error. Services that record their own rows (AuditService.recordIn) mark the route with
 * @AuditEntity('') to skip this generic row.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const route = req.route?.path ?? req.path;
    const action = actionOf(req.method, route);
    if (!action) return next.handle();
    const entityType = this.reflector.getAllAndOverride<string | undefined>(AUDIT_ENTITY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (entityType === '') return next.handle();
    const params = { ...(req.params as Record<string, string>) };
    const pending: PendingAudit = {
      action,
      entityType: entityType ?? 'unknown',
      params,
      summary: `${req.method} ${route}`,
      claimed: false,
    };
    const ctx = currentContext();
    if (ctx) ctx.audit = pending;
    return next.handle().pipe(
      mergeMap((body) => {
        if (pending.claimed) return of(body);
        // A page that answered with an error status (a website form sent back with its errors) changed nothing.
        if (context.switchToHttp().getResponse<Response>().statusCode >= 400) {
          pending.claimed = true;
          return of(body);
        }
        pending.claimed = true; // nothing later in this request (after-commit listeners) appends it again
        return from(
          this.audit
            .record({
              action,
              entityType: pending.entityType,
              entityId: entityIdOf(body, params),
              summary: pending.summary,
            })
            .then(
              () => body,
              (err: unknown) => {
                this.logger.error({ err }, 'Audit write failed for a request that changed nothing');
                return body;
              },
            ),
        );
      }),
    );
  }
}
