/**
 * The served OpenAPI document: every request body is documented with its own DTO (two DTO classes of the same name
 * in different modules would make one route show the other's schema), every operation has a Vietnamese summary and
 * documents its error answers as problem+json.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type OpenApiDoc, operations, resolve } from './helpers/openapi.js';
import { builtMain, routeBodyDtos } from './helpers/route-dtos.js';
import { startServer, type TestServer } from './helpers/server.js';
import { apiErrorCodes } from '../src/error-codes.js';

describe('OpenAPI document', () => {
  let t: TestServer;
  let doc: OpenApiDoc;

  beforeAll(async () => {
    t = await startServer();
    const res = await t.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    doc = res.body as OpenApiDoc;
  });
  afterAll(() => t.close());

  it("documents every JSON body with its own DTO's properties (no two DTO classes share a name)", async () => {
    const dtos = routeBodyDtos(builtMain());
    const withBody = operations(doc).filter((o) => o.op.requestBody?.content['application/json']);
    const wrong: string[] = [];
    let checked = 0;
    for (const { method, path, op } of withBody) {
      const schema = op.requestBody!.content['application/json']!.schema;
      if (resolve(doc, schema).type === 'array') continue;
      const dto = dtos.get(`${method} ${path}`);
      if (!dto) {
        wrong.push(`${method} ${path}: no @Body() DTO found`);
        continue;
      }
      const documented = Object.keys(resolve(doc, schema).properties ?? {}).sort();
      if (JSON.stringify(documented) !== JSON.stringify(dto.properties)) {
        wrong.push(
          `${method.toUpperCase()} ${path}: documented ${schema.$ref} {${documented.join(', ')}} but ${dto.dto} has {${dto.properties.join(', ')}}`,
        );
      }
      checked++;
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });

  it('names every DTO schema after one class only', () => {
    const names = Object.keys(doc.components.schemas);
    expect(new Set(names).size).toBe(names.length);
    for (const n of [
      'CreateReceptionMinutesDto',
      'UpdateReceptionMinutesDto',
      'ReceptionAmendmentDto',
      'CreateDialogueMinutesDto',
      'UpdateDialogueMinutesDto',
      'DialogueAmendmentDto',
      'CaseRepresentativeDto',
      'BookingRepresentativeDto',
    ]) {
      expect(names).toContain(n);
    }
  });

  it('gives every operation a summary in Vietnamese', () => {
    const missing = operations(doc)
      .filter((o) => !o.op.summary?.trim())
      .map((o) => `${o.method.toUpperCase()} ${o.path}`);
    expect(missing).toEqual([]);
    // Vietnamese: every summary has at least one letter with a Vietnamese diacritic.
    const notVietnamese = operations(doc)
      .filter((o) => !/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i.test(o.op.summary ?? ''))
      .map((o) => `${o.method.toUpperCase()} ${o.path}: ${o.op.summary}`);
    expect(notVietnamese).toEqual([]);
  });

  it("names every error code of the modules' catalogues on the ProblemDetails schema, with its statuses", () => {
    const code = (
      doc.components.schemas.ProblemDetails as { properties: { code: { enum?: string[]; description?: string } } }
    ).properties.code;
    const codes = apiErrorCodes();
    expect(codes.length).toBeGreaterThan(100);
    expect([...(code.enum ?? [])].sort()).toEqual(codes.map((c) => c.code).sort());
    for (const c of codes) expect(code.description).toContain(`${c.code} (${c.statuses.join(', ')})`);
  });

  it('documents error answers as problem+json with the shared ProblemDetails schema', () => {
    expect(doc.components.schemas.ProblemDetails).toBeDefined();
    const bad: string[] = [];
    for (const { method, path, op } of operations(doc)) {
      const errors = Object.entries(op.responses).filter(([status]) => Number(status) >= 400);
      if (errors.length === 0) bad.push(`${method.toUpperCase()} ${path}: no error response`);
      for (const [status, r] of errors) {
        if (r.content?.['application/problem+json']?.schema.$ref !== '#/components/schemas/ProblemDetails')
          bad.push(`${method.toUpperCase()} ${path} ${status}`);
      }
      if (op.security?.length && !op.responses['401'])
        bad.push(`${method.toUpperCase()} ${path}: staff route without 401`);
      if (/\{\w+\}/.test(path) && !op.responses['404']) bad.push(`${method.toUpperCase()} ${path}: no 404`);
      if ((op.requestBody || (op as { parameters?: unknown[] }).parameters?.length) && !op.responses['400'])
        bad.push(`${method.toUpperCase()} ${path}: no 400`);
    }
    expect(bad).toEqual([]);
  });

  it('documents a success body for every operation: a schema ($ref, properties or items), a binary type, or 204', () => {
    const missing: string[] = [];
    for (const { method, path, op } of operations(doc)) {
      const ok = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      const documented = ok.some(([status, r]) => {
        if (status === '204') return true;
        return Object.values(r.content ?? {}).some(({ schema }) => {
          const s = resolve(doc, schema);
          return !!schema.$ref || !!s.properties || !!s.items || !!s.allOf?.length || s.format === 'binary';
        });
      });
      if (!documented) missing.push(`${method.toUpperCase()} ${path}`);
    }
    expect(missing).toEqual([]);
  });

  it('is the document test/generated/api-types.ts was generated from (npm run api:types:check)', async () => {
    const run = await promisify(execFile)(
      process.execPath,
      [join(process.cwd(), 'scripts', 'api-types.mjs'), '--check'],
      { cwd: process.cwd() },
    ).then(
      () => 'current',
      (e: { stderr?: string }) => e.stderr ?? String(e),
    );
    expect(run).toBe('current');
  }, 60_000);

  it('marks bodies without required fields optional: PATCH /minutes/{id} takes the reception minutes, optionally', () => {
    const patch = doc.paths['/api/v1/minutes/{id}']!.patch!;
    expect(patch.requestBody!.content['application/json']!.schema.$ref).toBe(
      '#/components/schemas/UpdateReceptionMinutesDto',
    );
    expect(patch.requestBody!.required).toBe(false);
    expect(
      Object.keys(resolve(doc, patch.requestBody!.content['application/json']!.schema).properties ?? {}),
    ).toContain('secretary');
    expect(doc.paths['/api/v1/minutes/{id}/cases']!.post!.requestBody!.required).toBe(true);
  });
});
