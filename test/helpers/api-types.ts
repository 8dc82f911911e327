/**
 * Response bodies typed from the OpenAPI document (test/generated/api-types.ts, `npm run api:types`), so specs use
 * the documented shapes instead of re-declaring them: `Body<'get', '/sessions/{id}'>` (paths under /api/v1, as with
 * `api()`), `Schema<'SessionOutput'>`, and `body<'get', '/units'>(res)` to read a supertest answer.
 */
import type { components, paths } from '../generated/api-types.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Prefixed<P extends string> = `/api/v1${P}`;
/** A route as `api()` takes it: `/sessions/{id}`. */
export type ApiPath = keyof paths extends infer K ? (K extends Prefixed<infer P> ? P : never) : never;

type Responses<M extends Method, P extends ApiPath> =
  paths[Prefixed<P>] extends Record<M, { responses: infer R }> ? R : never;
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Success<R> = R extends { 200: infer A }
  ? JsonOf<A>
  : R extends { 201: infer A }
    ? JsonOf<A>
    : R extends { 202: infer A }
      ? JsonOf<A>
      : never;

/** The JSON body of a successful answer of `M P`. */
export type Body<M extends Method, P extends ApiPath> = Success<Responses<M, P>>;

/** A named schema of the document (`SessionOutput`, `PageOutput` …). */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];

/** `res.body` as the documented success body of `M P`. */
export const body = <M extends Method, P extends ApiPath>(res: { body: unknown }): Body<M, P> => res.body as Body<M, P>;
