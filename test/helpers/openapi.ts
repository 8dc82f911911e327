/** Reading the served OpenAPI document in e2e tests: operations, their JSON bodies, and sample/wrong values. */
import { randomUUID } from 'node:crypto';

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  nullable?: boolean;
}

export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export interface Operation {
  summary?: string;
  operationId?: string;
  security?: unknown[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema: Schema }> }>;
}

export interface Op {
  method: string;
  path: string;
  op: Operation;
}

export const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function operations(doc: OpenApiDoc): Op[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([m]) => METHODS.includes(m))
      .map(([method, op]) => ({ method, path, op })),
  );
}

/** The schema behind a `$ref` (or a one-element `allOf`), else the schema itself. */
export function resolve(doc: OpenApiDoc, s: Schema): Schema {
  if (s.$ref) return doc.components.schemas[s.$ref.replace('#/components/schemas/', '')] ?? {};
  if (s.allOf?.length === 1) return resolve(doc, s.allOf[0]!);
  return s;
}

export const isObjectSchema = (s: Schema) => s.type === 'object' || s.properties !== undefined;

/** A value of the right JSON type (required properties only for objects), not necessarily one the route accepts. */
export function sample(doc: OpenApiDoc, schema: Schema, depth = 0): unknown {
  const s = resolve(doc, schema);
  if (s.enum?.length) return s.enum[0];
  if (isObjectSchema(s)) {
    if (depth > 3) return {};
    return Object.fromEntries((s.required ?? []).map((k) => [k, sample(doc, s.properties?.[k] ?? {}, depth + 1)]));
  }
  switch (s.type) {
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'string':
      return s.format === 'uuid' ? randomUUID() : 'x';
    default:
      return 'x';
  }
}

/** Values of a wrong JSON type for a field of this schema, arrays nested where objects belong, and nested arrays. */
export function wrongValues(doc: OpenApiDoc, schema: Schema): unknown[] {
  const s = resolve(doc, schema);
  const nestedArrays = [[[[]]]];
  if (isObjectSchema(s)) return [[], 'x', 1, [[]], ...nestedArrays];
  const type = s.type ?? (typeof s.enum?.[0] === 'number' ? 'integer' : 'string');
  switch (type) {
    case 'array': {
      const items = s.items ? resolve(doc, s.items) : {};
      return isObjectSchema(items) ? [{}, 'x', [[]], ['x'], [1], ...nestedArrays] : [{}, 'x', [{}], ...nestedArrays];
    }
    case 'integer':
    case 'number':
      return ['1', {}, true, ...nestedArrays];
    case 'boolean':
      return ['true', 1, {}, ...nestedArrays];
    default:
      return [123, {}, false, ['x'], ...nestedArrays];
  }
}

/**
 * `{id}`-style path parameters filled in: from `known` by parameter name (`questionId`) or by the collection before
 * it (`minutes` for `/minutes/{id}`), else a fresh UUID for ids, a year for years, a word for anything else.
 */
export function fillPath(path: string, known: Record<string, string> = {}): string {
  const parts = path.split('/');
  return parts
    .map((part, i) => {
      const m = /^\{(\w+)\}$/.exec(part);
      if (!m) return part;
      const name = m[1]!;
      return (
        known[name] ?? known[parts[i - 1] ?? ''] ?? (name === 'year' ? '2026' : /id$/i.test(name) ? randomUUID() : 'x')
      );
    })
    .join('/');
}

/** A body given as JSON text (values too deep for JSON.stringify in a test's stack). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** `[[[…]]]` nested `depth` deep, as JSON text. */
export const deepArrayText = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

/** `value` with `field` set to `[[[…]]]` nested `depth` deep. */
export function withDeepField(value: Record<string, unknown>, field: string, depth: number): RawJson {
  const marker = '\u0000deep\u0000';
  return new RawJson(
    JSON.stringify({ ...value, [field]: marker }).replace(JSON.stringify(marker), deepArrayText(depth)),
  );
}

export const bodyText = (body: unknown): string => (body instanceof RawJson ? body.text : JSON.stringify(body));

/** `{a:{a:…}}` nested `depth` deep. */
export function deepObject(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}
