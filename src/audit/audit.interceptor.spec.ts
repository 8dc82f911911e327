import { describe, expect, it, jest } from '@jest/globals';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { lastValueFrom, of } from 'rxjs';
import { ANONYMOUS, runWithContext } from '../common/context/request-context.js';
import { AuditInterceptor } from './audit.interceptor.js';
import type { AuditService } from './audit.service.js';

function http(method: string, path: string, statusCode: number): ExecutionContext {
  const req = { method, path, route: { path }, params: {} };
  const res = { statusCode };
  return {
    getType: () => 'http',
    getHandler: () => () => undefined,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
  } as unknown as ExecutionContext;
}

async function run(statusCode: number): Promise<number> {
  const record = jest.fn(async () => undefined);
  const interceptor = new AuditInterceptor(new Reflector(), { record } as unknown as AuditService);
  const next: CallHandler = { handle: () => of(undefined) };
  await runWithContext({ requestId: 'r1', actor: ANONYMOUS }, () =>
    lastValueFrom(interceptor.intercept(http('POST', '/can-bo/x', statusCode), next)),
  );
  return record.mock.calls.length;
}

describe('AuditInterceptor', () => {
  it('records a write that answered a success status', async () => {
    expect(await run(303)).toBe(1);
  });

  it('records nothing for a page answered with an error status (a form sent back with its errors)', async () => {
    expect(await run(400)).toBe(0);
    expect(await run(422)).toBe(0);
  });
});
