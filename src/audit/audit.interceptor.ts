import { type CallHandler, type ExecutionContext, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, type Observable, mergeMap } from 'rxjs';
import { AUDIT_ENTITY } from './audit.decorator.js';
import { AuditService } from './audit.service.js';
import { actionOf, entityIdOf } from './audit-naming.js';

/**
 * Records every successful write (POST/PUT/PATCH/DELETE) with who, role, entity, time and request id, before the
 * response is sent. Services that need the audit row in their own transaction use AuditService.recordIn instead and
 * mark the route with @AuditEntity('') to skip this generic row.
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
    const action = actionOf(req.method, req.route?.path ?? req.path);
    if (!action) return next.handle();
    const entityType = this.reflector.getAllAndOverride<string | undefined>(AUDIT_ENTITY, [context.getHandler(), context.getClass()]);
    if (entityType === '') return next.handle();
    return next.handle().pipe(
      mergeMap((body) =>
        from(
          this.audit
            .record({
              action,
              entityType: entityType ?? 'unknown',
              entityId: entityIdOf(body, req.params as Record<string, string>),
              summary: `${req.method} ${req.route?.path ?? req.path}`,
            })
            .then(
              () => body,
              (err: unknown) => {
                this.logger.error({ err }, 'Audit write failed');
                throw err;
              },
            ),
        ),
      ),
    );
  }
}
