import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../../config/app-config.js';

/** Query parameters whose values are secrets or personal data: replaced before a URL is logged. */
const SECRET_PARAMS = /([?&](?:token|manageToken|idNumber|phone|password)=)[^&]*/gi;

export function redactUrl(url: string | undefined): string | undefined {
  return url?.replace(SECRET_PARAMS, '$1[REDACTED]');
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The id of a request: the caller's `X-Request-Id` when well-formed, else a new UUID; kept on `req.id` (pino-http logs
 * `req.id` when it is set, so the request log, the audit rows and the response header carry the same id) and echoed in
 * the `X-Request-Id` response header. Idempotent.
 */
export function assignRequestId(req: IncomingMessage & { id?: unknown }, res: ServerResponse): string {
  if (typeof req.id === 'string' && req.id !== '') return req.id;
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  req.id = id;
  res.setHeader('X-Request-Id', id);
  return id;
}

/** Structured request logs (nestjs-pino) with request ids; never bodies, tokens, passwords or ID numbers. */
export function loggerParams(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req: IncomingMessage, res: ServerResponse) => assignRequestId(req, res),
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: redactUrl(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      redact: {
        paths: [
          'req.headers',
          'password',
          '*.password',
          'idNumber',
          '*.idNumber',
          'token',
          '*.token',
          'manageToken',
          '*.manageToken',
          'accessToken',
          '*.accessToken',
          'phone',
          '*.phone',
        ],
        censor: '[REDACTED]',
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (req) => req.url === '/api/health' },
    },
  };
}
