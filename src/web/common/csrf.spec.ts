import { describe, expect, it } from '@jest/globals';
import type { Request, Response } from 'express';
import type { AppConfig } from '../../config/app-config.js';
import { CSRF_COOKIE, CSRF_FIELD, CsrfService, cookieOf } from './csrf.js';

const service = (secret = 'a-jwt-secret-that-is-long-enough-0123456789') =>
  new CsrfService({ jwtSecret: secret } as AppConfig);

function issue(csrf: CsrfService): { cookie: string; token: string } {
  const set: Record<string, string> = {};
  const req = { headers: {}, secure: false } as unknown as Request;
  const res = { cookie: (name: string, value: string) => (set[name] = value) } as unknown as Response;
  const token = csrf.token(req, res);
  return { cookie: set[CSRF_COOKIE]!, token };
}

const post = (cookie: string | null, field: unknown) =>
  ({
    headers: cookie === null ? {} : { cookie: `other=1; ${CSRF_COOKIE}=${cookie}` },
    body: { [CSRF_FIELD]: field },
  }) as unknown as Request;

describe('CSRF (signed double submit)', () => {
  it('accepts the token issued with the cookie, and only with that cookie', () => {
    const csrf = service();
    const a = issue(csrf);
    const b = issue(csrf);
    expect(a.cookie).toMatch(/^[0-9a-f]{64}$/);
    expect(csrf.verify(post(a.cookie, a.token))).toBe(true);
    expect(csrf.verify(post(a.cookie, b.token))).toBe(false);
    expect(csrf.verify(post(b.cookie, a.token))).toBe(false);
  });

  it('refuses a missing token, a missing cookie, a forged cookie and a token of another server key', () => {
    const csrf = service();
    const a = issue(csrf);
    expect(csrf.verify(post(a.cookie, undefined))).toBe(false);
    expect(csrf.verify(post(null, a.token))).toBe(false);
    expect(csrf.verify(post('x'.repeat(64), a.token))).toBe(false);
    expect(csrf.verify(post(a.cookie, [a.token]))).toBe(false);
    // The field is not the cookie itself: copying the cookie into the field does not pass.
    expect(csrf.verify(post(a.cookie, a.cookie))).toBe(false);
    expect(service('another-secret-that-is-long-enough-0123456789').verify(post(a.cookie, a.token))).toBe(false);
  });

  it('reuses the cookie the browser already has, so every form of a session carries the same token', () => {
    const csrf = service();
    const a = issue(csrf);
    const req = { headers: { cookie: `${CSRF_COOKIE}=${a.cookie}` } } as unknown as Request;
    const res = {
      cookie: () => {
        throw new Error('no new cookie expected');
      },
    } as unknown as Response;
    expect(csrf.token(req, res)).toBe(a.token);
    expect(cookieOf(req, CSRF_COOKIE)).toBe(a.cookie);
  });
});
