import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../errors/domain-error.js';
import { driverCodeOf, mapDbError, retryAfterFor } from '../errors/db-errors.js';
import { buildProblem, codeForStatus, type ProblemDetails } from '../errors/problem-details.js';
import { COMMON_ERRORS } from '../errors/common-errors.js';

const HTTP_DETAILS: Record<number, string> = {
  401: COMMON_ERRORS.UNAUTHENTICATED.message,
  403: COMMON_ERRORS.FORBIDDEN.message,
  404: COMMON_ERRORS.NOT_FOUND.message,
  413: COMMON_ERRORS.PAYLOAD_TOO_LARGE.message,
  429: COMMON_ERRORS.TOO_MANY_REQUESTS.message,
};

/** Turns every error into RFC 9457 problem details. Unknown errors become a 500 that leaks nothing. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request & { id?: string }>();
    const problem = this.toProblem(exception, req);
    if (res.headersSent) return;
    // Every 429 tells the client when to come back: the error's own figure, else one minute.
    if (problem.status === 429 && !res.getHeader('Retry-After')) {
      const seconds = exception instanceof DomainError ? exception.extra?.retryAfterSeconds : undefined;
      res.setHeader('Retry-After', String(typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : 60));
    }
    // A 503 is temporary (database busy, unreachable, disk full): tell clients when to try again.
    if (problem.status === 503 && !res.getHeader('Retry-After'))
      res.setHeader('Retry-After', String(retryAfterFor(problem.code)));
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  toProblem(exception: unknown, req: Request & { id?: string }): ProblemDetails {
    const requestId = typeof req.id === 'string' ? req.id : undefined;
    const instance = req.originalUrl?.split('?')[0];
    if (exception instanceof DomainError) {
      return buildProblem({
        status: exception.status,
        code: exception.code,
        detail: exception.message,
        errors: exception.errors,
        extra: exception.extra,
        instance,
        requestId,
      });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Express/body-parser errors arrive wrapped, with the original as the cause.
      const cause = exception.cause as { type?: unknown } | undefined;
      const malformed = status === 400 && (cause instanceof SyntaxError || cause?.type === 'entity.parse.failed');
      const code = malformed ? 'MALFORMED_JSON' : codeForStatus(status);
      const detail = malformed
        ? COMMON_ERRORS.MALFORMED_JSON.message
        : (HTTP_DETAILS[status] ?? (status >= 500 ? 'Đã xảy ra lỗi hệ thống.' : 'Yêu cầu không hợp lệ.'));
      return buildProblem({ status, code, detail, instance, requestId });
    }
    // Errors raised by body-parser and other middleware carry a status and a type.
    const mw = exception as { status?: unknown; statusCode?: unknown; type?: unknown };
    const mwStatus =
      typeof mw?.status === 'number' ? mw.status : typeof mw?.statusCode === 'number' ? mw.statusCode : undefined;
    if (mwStatus && mwStatus >= 400 && mwStatus < 500) {
      const code = mw.type === 'entity.parse.failed' ? 'MALFORMED_JSON' : codeForStatus(mwStatus);
      const detail =
        code === 'MALFORMED_JSON'
          ? COMMON_ERRORS.MALFORMED_JSON.message
          : (HTTP_DETAILS[mwStatus] ?? 'Yêu cầu không hợp lệ.');
      return buildProblem({ status: mwStatus, code, detail, instance, requestId });
    }
    const db = mapDbError(exception);
    if (db) {
      // An outage (unreachable, time-out, disk full) is the operator's business: log it, without the driver's message.
      if (db.status === 503)
        this.logger.warn({ code: db.code, driverCode: driverCodeOf(exception), requestId }, 'Database unavailable');
      return buildProblem({ status: db.status, code: db.code, detail: db.detail, instance, requestId });
    }
    this.logger.error({ err: exception, requestId }, 'Unhandled error');
    return buildProblem({
      status: 500,
      code: COMMON_ERRORS.INTERNAL_ERROR.code,
      detail: COMMON_ERRORS.INTERNAL_ERROR.message,
      instance,
      requestId,
    });
  }
}
