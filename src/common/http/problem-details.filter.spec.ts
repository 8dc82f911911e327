import { describe, expect, it } from '@jest/globals';
import { type ArgumentsHost, HttpException } from '@nestjs/common';
import { DomainError } from '../errors/domain-error.js';
import { ProblemDetailsFilter } from './problem-details.filter.js';

/** What the throttler throws (a plain 429 HttpException; its package is CommonJS and cannot load here). */
const throttled = () => new HttpException('ThrottlerException: Too Many Requests', 429);

/** Renders `exception` through the filter into a fake Express response; returns the headers and status set. */
function render(exception: unknown, preset: Record<string, string> = {}) {
  const headers: Record<string, string> = { ...preset };
  let status = 0;
  const res = {
    headersSent: false,
    getHeader: (name: string) => headers[name],
    setHeader: (name: string, value: string) => {
      headers[name] = value;
    },
    status(s: number) {
      status = s;
      return this;
    },
    type() {
      return this;
    },
    send() {
      return this;
    },
  };
  const host = {
    switchToHttp: () => ({ getResponse: () => res, getRequest: () => ({ originalUrl: '/api/v1/x' }) }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return { status, headers };
}

describe('ProblemDetailsFilter Retry-After', () => {
  it('uses the error’s own retryAfterSeconds on a 429', () => {
    const out = render(
      new DomainError('ACCOUNT_LOCKED', 429, 'Đăng nhập sai quá nhiều lần.', undefined, { retryAfterSeconds: 4 }),
    );
    expect(out.status).toBe(429);
    expect(out.headers['Retry-After']).toBe('4');
  });

  it('gives every other 429 a Retry-After of one minute', () => {
    expect(render(new DomainError('TOO_MANY_REQUESTS', 429, 'Quá nhiều yêu cầu.')).headers['Retry-After']).toBe('60');
    expect(render(throttled()).headers['Retry-After']).toBe('60');
  });

  it('keeps a Retry-After the throttler already set, and adds none to other statuses', () => {
    expect(render(throttled(), { 'Retry-After': '17' }).headers['Retry-After']).toBe('17');
    expect(render(new DomainError('X', 400, 'Sai.')).headers['Retry-After']).toBeUndefined();
  });
});
