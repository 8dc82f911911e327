import { describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { documentProblems, problemStatuses } from './openapi-problems.js';

const doc = (): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  components: {
    schemas: {
      Patch: { type: 'object', properties: { a: { type: 'string' } } },
      Create: { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
    },
  },
  paths: {
    '/api/v1/things/{id}': {
      patch: {
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Patch' } } },
        },
        responses: { 200: { description: 'ok' } },
      },
      get: { parameters: [{ name: 'id', in: 'path' }], responses: {} },
    },
    '/api/v1/things': {
      post: {
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Create' } } },
        },
        responses: {},
      },
    },
    '/api/v1/auth/login': { post: { requestBody: { required: true, content: {} }, responses: {} } },
  },
});

describe('problemStatuses', () => {
  it('applies the rules', () => {
    expect(problemStatuses('patch', '/x/{id}', { security: [{}], requestBody: {} })).toEqual([
      400, 401, 403, 404, 409, 422,
    ]);
    expect(problemStatuses('get', '/x', { parameters: [] })).toEqual([429]);
    expect(problemStatuses('get', '/x/{code}', { parameters: [{}] })).toEqual([400, 404, 429]);
    expect(problemStatuses('post', '/api/v1/auth/login', { requestBody: {} })).toEqual([400, 401, 429]);
  });
});

describe('documentProblems', () => {
  const out = documentProblems(doc()) as never as {
    components: { schemas: Record<string, { required?: string[] }> };
    paths: Record<
      string,
      Record<
        string,
        {
          responses: Record<string, { content?: Record<string, { schema: { $ref: string } }>; description: string }>;
          requestBody?: { required?: boolean };
        }
      >
    >;
  };
  it('adds the shared ProblemDetails schema', () =>
    expect(out.components.schemas.ProblemDetails!.required).toEqual(['type', 'title', 'status', 'detail', 'code']));
  it('documents the error answers as problem+json with Vietnamese titles, keeping existing responses', () => {
    const patch = out.paths['/api/v1/things/{id}']!.patch!;
    expect(Object.keys(patch.responses)).toEqual(['200', '400', '401', '403', '404', '409', '422']);
    expect(patch.responses['404']!.content!['application/problem+json']!.schema.$ref).toBe(
      '#/components/schemas/ProblemDetails',
    );
    expect(patch.responses['404']!.description).toBe('Không tìm thấy');
  });
  it('marks a body without required properties optional, and keeps the others required', () => {
    expect(out.paths['/api/v1/things/{id}']!.patch!.requestBody!.required).toBe(false);
    expect(out.paths['/api/v1/things']!.post!.requestBody!.required).toBe(true);
  });
});

describe('documentProblems on responses a controller documented itself', () => {
  it('gives them the problem+json content, keeping their description', () => {
    const d = doc();
    (d.paths['/api/v1/things/{id}']!.get!.responses as Record<string, unknown>)['404'] = {
      description: 'Không có lịch',
    };
    const get = (
      documentProblems(d).paths['/api/v1/things/{id}']!.get!.responses as Record<
        string,
        { description: string; content: Record<string, unknown> }
      >
    )['404']!;
    expect(get.description).toBe('Không có lịch');
    expect(Object.keys(get.content)).toEqual(['application/problem+json']);
  });
});
