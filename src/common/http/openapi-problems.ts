/**
 * The OpenAPI document describes every error answer once: a shared `ProblemDetails` schema (RFC 9457, as the global
 * filter writes it) and, on each operation, the error statuses that apply to it, served as application/problem+json.
 * Rules (applied after Nest builds the document, so controllers need no per-route error decorators):
 * - 400 when the operation takes a body or any parameter (validation, with `errors[]` naming each field);
 * - 401 and 403 on staff routes (bearer token, roles), 401 on the sign-in itself;
 * - 404 when the path names a record (`{id}`, `{code}` …; another unit's record also answers 404);
 * - 409 and 422 on writes (state conflicts, unique keys, revisions; business rules such as notice periods);
 * - 429 on public routes (rate-limited).
 * A body whose schema has no required property is marked optional (the routes accept no body at all).
 * The `code` property lists every code the API can answer (one global enum, from the modules' error catalogues, passed
 * in by the app: `src/error-codes.ts`); which code a given route answers is said by its statuses and its module.
 */
import type { OpenAPIObject } from '@nestjs/swagger';
import { titleFor } from '../errors/problem-details.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const PROBLEM_DETAILS_SCHEMA: Json = {
  type: 'object',
  description: 'Lỗi theo RFC 9457 (application/problem+json); `code` ổn định (tiếng Anh), `detail` bằng tiếng Việt.',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', example: 'urn:tiepdan:problem:validation-failed' },
    title: { type: 'string', example: 'Yêu cầu không hợp lệ' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'Dữ liệu gửi lên không hợp lệ.' },
    code: { type: 'string', example: 'VALIDATION_FAILED' },
    instance: { type: 'string', example: '/api/v1/sessions' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      description: 'Các trường không hợp lệ',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string', example: 'representatives[1].idNumber' }, message: { type: 'string' } },
      },
    },
  },
  additionalProperties: true,
};

/** The ProblemDetails schema whose `code` enumerates the given codes, each with its HTTP statuses in the description. */
function withCodes(codes: readonly { code: string; statuses: number[] }[]): Json {
  const list = codes.map((c) => `${c.code} (${c.statuses.join(', ')})`).join(', ');
  return {
    ...PROBLEM_DETAILS_SCHEMA,
    properties: {
      ...PROBLEM_DETAILS_SCHEMA.properties,
      code: {
        type: 'string',
        example: 'VALIDATION_FAILED',
        enum: codes.map((c) => c.code),
        description: `Mã lỗi ổn định (kèm mã trạng thái HTTP): ${list}.`,
      },
    },
  };
}

const WRITES = new Set(['post', 'put', 'patch', 'delete']);
const SIGN_IN = /\/auth\/login$/;

/** The error statuses that apply to one operation (see the rules above). */
export function problemStatuses(method: string, path: string, op: Json): number[] {
  const out = new Set<number>();
  const staff = Array.isArray(op.security) && op.security.length > 0;
  if (op.requestBody || (Array.isArray(op.parameters) && op.parameters.length > 0)) out.add(400);
  if (staff || SIGN_IN.test(path)) out.add(401);
  if (staff) out.add(403);
  if (/\{\w+\}/.test(path)) out.add(404);
  if (WRITES.has(method) && !SIGN_IN.test(path)) {
    out.add(409);
    out.add(422);
  }
  if (!staff) out.add(429);
  return [...out].sort((a, b) => a - b);
}

function schemaOf(doc: Json, s: Json | undefined): Json | undefined {
  if (s?.$ref) return doc.components?.schemas?.[String(s.$ref).replace('#/components/schemas/', '')];
  return s;
}

/** Adds the ProblemDetails schema and the applicable error responses to every operation; marks optional bodies. */
export function documentProblems<T extends OpenAPIObject>(
  doc: T,
  codes: readonly { code: string; statuses: number[] }[] = [],
): T {
  const d = doc as Json;
  d.components ??= {};
  d.components.schemas ??= {};
  d.components.schemas.ProblemDetails = codes.length === 0 ? PROBLEM_DETAILS_SCHEMA : withCodes(codes);
  for (const [path, item] of Object.entries<Json>(d.paths ?? {})) {
    for (const [method, op] of Object.entries<Json>(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      op.responses ??= {};
      for (const status of problemStatuses(method, path, op))
        op.responses[String(status)] ??= { description: titleFor(status) };
      // Every error answer, documented here or by a controller, is a problem+json.
      for (const [status, response] of Object.entries<Json>(op.responses)) {
        if (Number(status) >= 400)
          response.content = {
            'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } },
          };
      }
      const body = schemaOf(d, op.requestBody?.content?.['application/json']?.schema);
      if (
        op.requestBody &&
        body &&
        body.type !== 'array' &&
        !(Array.isArray(body.required) && body.required.length > 0)
      )
        op.requestBody.required = false;
    }
  }
  return doc;
}
