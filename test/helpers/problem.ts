import { expect } from '@jest/globals';
import type { Response } from 'supertest';

/** Asserts an RFC 9457 problem-details response with the given status and code. */
export function expectProblem(res: Response, status: number, code?: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    status,
    type: expect.stringMatching(/^urn:tiepdan:problem:/),
    title: expect.any(String),
    detail: expect.any(String),
  });
  if (code) expect(res.body.code).toBe(code);
}
