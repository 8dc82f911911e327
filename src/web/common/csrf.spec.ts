import { describe, expect, it } from '@jest/globals';
import type { Request, Response } from 'express';
import type { AppConfig } from '../../config/app-config.js';
import { CSRF_COOKIE, CSRF_FIELD, CsrfService, cookieOf } from './csrf.js';

const service = (secret = 'a-jwt-secret-that-is-long-enough-0123456789') =>
  new CsrfService({ jwtSecret: secret } as AppConfig);

function issue(csrf: CsrfService, secure = false): { cookie: string; token: string; header: string } {
  const headers: string[] = [];
  const req = { headers: {}, secure } as unknown as Request;
  const res = {
    append: (name: string, value: string) => name === 'Set-Cookie' && headers.push(value),
  } as unknown as Response;
  const token = csrf.token(req, res);
  expect(headers).toHaveLength(1);
  return { cookie: /^tiepdan_csrf=([^;]*);/.exec(headers[0]!)![1]!, token, header: headers[0]! };
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

  it('sets the cookie HttpOnly, SameSite=Lax, on the whole site (Secure over HTTPS), a new random secret each time', () => {
    const csrf = service();
    const plain = issue(csrf);
    expect(plain.header).toBe(`${CSRF_COOKIE}=${plain.cookie}; Path=/; HttpOnly; SameSite=Lax`);
    expect(issue(csrf, true).header).toMatch(/^tiepdan_csrf=[0-9a-f]{64}; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    // Secrets are cut from batches of random bytes: across several batches, every one differs.
    const secrets = new Set(Array.from({ length: 1_000 }, () => issue(csrf).cookie));
    expect(secrets.size).toBe(1_000);
    for (const s of secrets) expect(s).toMatch(/^[0-9a-f]{64}$/);
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
      append: () => {
        throw new Error('no new cookie expected');
      },
    } as unknown as Response;
    expect(csrf.token(req, res)).toBe(a.token);
    expect(cookieOf(req, CSRF_COOKIE)).toBe(a.cookie);
  });
});
