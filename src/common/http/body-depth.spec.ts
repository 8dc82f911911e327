import { describe, expect, it, jest } from '@jest/globals';
import type { Request, Response } from 'express';
import fc from 'fast-check';
import { DomainError } from '../errors/domain-error.js';
import { bodyDepthGuard, jsonDepth, MAX_BODY_DEPTH } from './body-depth.js';

const nested = (depth: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

/** The obvious recursive definition, to compare with. */
const depthOf = (v: unknown): number =>
  v === null || typeof v !== 'object' ? 0 : 1 + Math.max(0, ...(Array.isArray(v) ? v : Object.values(v)).map(depthOf));

describe('jsonDepth', () => {
  it('counts the top level as 1 and scalars as 0', () => {
    expect(jsonDepth(1)).toBe(0);
    expect(jsonDepth({})).toBe(1);
    expect(jsonDepth({ a: [{ b: 1 }] })).toBe(3);
  });
  it('agrees with the recursive definition on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => expect(jsonDepth(v)).toBe(depthOf(v))));
  });
  it('walks 100 000 levels without overflowing the stack, and stops early with a limit', () => {
    expect(jsonDepth(nested(100_000))).toBe(100_000);
    expect(jsonDepth(nested(100_000), 16)).toBe(17);
  });
});

describe('bodyDepthGuard', () => {
  const run = (body: unknown) => {
    const next = jest.fn();
    bodyDepthGuard({ body } as Request, {} as Response, next);
    return next.mock.calls[0]?.[0];
  };
  it('lets bodies up to the limit through', () => {
    expect(run(nested(MAX_BODY_DEPTH))).toBeUndefined();
    expect(run(undefined)).toBeUndefined();
  });
  it('refuses deeper bodies with 400 BODY_TOO_DEEP', () => {
    const e = run(nested(MAX_BODY_DEPTH + 1)) as DomainError;
    expect(e).toBeInstanceOf(DomainError);
    expect(e.status).toBe(400);
    expect(e.code).toBe('BODY_TOO_DEEP');
    expect(e.message).toContain('lồng nhau quá sâu');
  });
});
