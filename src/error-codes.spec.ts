import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { documentProblems } from './common/http/openapi-problems.js';
import { ALL_ERROR_ENTRIES, apiErrorCodes } from './error-codes.js';

const SRC = dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('error catalogues', () => {
  const known = new Set(ALL_ERROR_ENTRIES.map((e) => e.code));

  it('give every code a status of an error and a Vietnamese sentence', () => {
    const bad = ALL_ERROR_ENTRIES.filter(
      (e) => !/^[A-Z][A-Z0-9_]+$/.test(e.code) || e.status < 400 || e.status > 599 || !/[.?!]$/.test(e.message),
    );
    expect(bad).toEqual([]);
  });

  it('answer each code with one status, but for three codes that have long had two (kept as they were)', () => {
    const multi = apiErrorCodes().filter((c) => c.statuses.length > 1);
    expect(multi).toEqual([
      { code: 'MERGE_TARGET_INVALID', statuses: [400, 422] },
      { code: 'MINUTES_NOT_FINALIZED', statuses: [409, 422] },
      { code: 'SESSION_NOT_STARTED', statuses: [409, 422] },
    ]);
  });

  it('hold every code thrown in the source: no error is built with a code typed inline', () => {
    const inline: string[] = [];
    const unknown: string[] = [];
    for (const file of sources(SRC)) {
      if (file.endsWith(join('common', 'errors', 'catalogue.ts'))) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /new (?:BadRequestError|ConflictError|UnprocessableError|ForbiddenError|DomainError)\(\s*'([A-Z][A-Z0-9_]+)'/g,
      ))
        inline.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/super\(\s*'([A-Z][A-Z0-9_]+)'/g))
        if (!known.has(m[1]!)) unknown.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/NOT_STARTED: Record[^;]*?code: '([A-Z_]+)'[^;]*?code: '([A-Z_]+)'/gs))
        for (const c of [m[1]!, m[2]!]) if (!known.has(c)) unknown.push(`${file}: ${c}`);
    }
    expect(inline).toEqual([]);
    expect(unknown).toEqual([]);
  });

  it('are all named on the ProblemDetails schema of the OpenAPI document', () => {
    const doc = documentProblems(
      { openapi: '3.0.0', info: { title: 't', version: '1' }, paths: {} } as OpenAPIObject,
      apiErrorCodes(),
    );
    const code = (doc.components!.schemas!.ProblemDetails as { properties: { code: { enum: string[] } } }).properties
      .code;
    expect(code.enum).toEqual([...known].sort((a, b) => a.localeCompare(b)));
  });
});
