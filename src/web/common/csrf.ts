import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { fail } from '../../common/errors/catalogue.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { WEB_ERRORS } from '../errors.js';

/** The hidden field every POST form carries. */
export const CSRF_FIELD = '_csrf';
/** The cookie holding the browser's random CSRF secret (HttpOnly: scripts never read it). */
export const CSRF_COOKIE = 'tiepdan_csrf';

const SECRET = /^[0-9a-f]{64}$/;

/** New browsers' secrets are cut from random bytes drawn for this many at a time (one CSPRNG call per batch). */
const SECRETS_PER_DRAW = 128;
let drawn = Buffer.alloc(0);
let drawnAt = 0;

/** A fresh random secret (32 bytes, hex); each drawn byte is used once and wiped once used. */
function newSecret(): string {
  if (drawnAt + 32 > drawn.length) {
    drawn = randomBytes(32 * SECRETS_PER_DRAW);
    drawnAt = 0;
  }
  const secret = drawn.toString('hex', drawnAt, drawnAt + 32);
  drawn.fill(0, drawnAt, drawnAt + 32);
  drawnAt += 32;
  return secret;
}

/** The value of one cookie of the request (no cookie-parser needed for one name). */
export function cookieOf(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * CSRF protection of the website's forms: a signed double-submit token. The browser holds a random secret in a
 * cookie (SameSite=Lax, HttpOnly); each form carries HMAC(server key, secret) in a hidden field. A post is accepted
 * only when the field matches the cookie it came with: another site can make the browser send the cookie, but can
 * neither read it nor compute the field without the server's key (and cannot plant a cookie of its own choosing that
 * matches a field it knows).
 */
@Injectable()
export class CsrfService {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.jwtSecret).update('tiepdan web csrf v1').digest();
  }

  private sign(secret: string): string {
    return createHmac('sha256', this.key).update(secret).digest('base64url');
  }

  /** The token for this browser's forms; sets the cookie on the first page it sees. */
  token(req: Request, res: Response): string {
    let secret = cookieOf(req, CSRF_COOKIE);
    if (!secret || !SECRET.test(secret)) {
      secret = newSecret();
      // What res.cookie(name, secret, { path: '/', httpOnly: true, secure, sameSite: 'lax' }) writes, without its
      // option handling (this runs for every new visitor of the booking form).
      res.append(
        'Set-Cookie',
        `${CSRF_COOKIE}=${secret}; Path=/; HttpOnly${req.secure ? '; Secure' : ''}; SameSite=Lax`,
      );
      // The same request may render more than one form.
      req.headers.cookie = `${req.headers.cookie ? `${req.headers.cookie}; ` : ''}${CSRF_COOKIE}=${secret}`;
    }
    return this.sign(secret);
  }

  /** True when the request's form field matches its cookie. */
  verify(req: Request): boolean {
    const secret = cookieOf(req, CSRF_COOKIE);
    const body = req.body as Record<string, unknown> | undefined;
    const given = body?.[CSRF_FIELD];
    if (!secret || !SECRET.test(secret) || typeof given !== 'string') return false;
    const expected = Buffer.from(this.sign(secret));
    const actual = Buffer.from(given);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
}

/** Refuses a form post without a valid CSRF token: 403 CSRF_INVALID (shown as a Vietnamese page). */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly csrf: CsrfService) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (!this.csrf.verify(req)) throw fail(WEB_ERRORS.CSRF_INVALID);
    return true;
  }
}
