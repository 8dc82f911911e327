import { Body, Get, HttpCode, Inject, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { AuditEntity } from '../../audit/audit.decorator.js';
import { AuthService } from '../../auth/auth.service.js';
import { safeReturnPath } from '../../auth/domain/staff-session-rules.js';
import { StaffSessionsService } from '../../auth/staff-sessions.service.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { LoginThrottlerGuard } from '../../common/http/throttling.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { CSRF_COOKIE, CsrfGuard, CsrfService, cookieOf } from '../common/csrf.js';
import { formErrors, type FormErrors } from '../common/form-errors.js';
import { privatePage, render, seeOther } from '../common/render.js';
import { WebController } from '../common/web-controller.js';
import { WebPost } from '../common/web-post.js';
import { SignInPage } from './sign-in.page.js';
import { staffCookieOptions } from './staff-controller.js';
import { SIGN_IN_PATH, SIGN_IN_REASONS, STAFF_COOKIE, STAFF_PREFIX, type SignInReason } from './staff-paths.js';

const text = (v: unknown, max: number): string =>
  typeof v === 'string' ? v.normalize('NFC').trim().slice(0, max) : '';

/**
 * Sign-in and sign-out of the staff workspace. A successful sign-in always opens a NEW server-side session (a session id
 * planted before sign-in is never kept: no session fixation) and renews the CSRF secret; sign-out deletes the session
 * on the server, so a copied cookie opens nothing. Same lock-out, per-IP limit and audited failures as the API.
 */
@WebController('can-bo/dang-nhap')
@AuditEntity('') // failures are audited by AuthService (login_failed), as the API's sign-in
export class SignInController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: StaffSessionsService,
    private readonly csrf: CsrfService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async form(
    @Query('ly_do') reason: string | undefined,
    @Query('tiep') back: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const current = await this.sessions.resolve(cookieOf(req, STAFF_COOKIE));
    if (current.verdict === 'open') return seeOther(res, safeReturnPath(back, STAFF_PREFIX, STAFF_PREFIX));
    const notice = reason && reason in SIGN_IN_REASONS ? SIGN_IN_REASONS[reason as SignInReason] : null;
    this.page(req, res, { back: safeReturnPath(back, STAFF_PREFIX, '') || null, notice });
  }

  @Post()
  @HttpCode(200)
  @UseGuards(LoginThrottlerGuard, CsrfGuard)
  async signIn(
    @Body() body: Record<string, unknown>,
    @Query('tiep') back: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const username = text(body.username, 64);
    const password = typeof body.password === 'string' ? body.password.slice(0, 256) : '';
    const missing: Record<string, string> = {};
    if (!username) missing.username = 'Nhập tên đăng nhập.';
    if (!password) missing.password = 'Nhập mật khẩu.';
    const backPath = safeReturnPath(back, STAFF_PREFIX, '') || null;
    if (Object.keys(missing).length > 0) {
      return this.page(req, res, { back: backPath, notice: null, username, errors: formErrors(missing) }, 400);
    }
    let user;
    try {
      user = await this.auth.verifyCredentials(username, password, req.ip);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const errors: FormErrors = { summary: [{ message: e.message, fieldId: 'username' }], byField: {} };
      return this.page(req, res, { back: backPath, notice: null, username, errors }, e.status);
    }
    // A new session id at every sign-in; whatever session the browser held before is closed.
    await this.sessions.close(cookieOf(req, STAFF_COOKIE));
    const raw = await this.sessions.open(user);
    res.cookie(STAFF_COOKIE, raw, staffCookieOptions(this.config.production));
    // A new CSRF secret too: the next page draws one.
    res.clearCookie(CSRF_COOKIE, { path: '/' });
    seeOther(res, backPath ?? STAFF_PREFIX);
  }

  private page(
    req: Request,
    res: Response,
    props: { back: string | null; notice: string | null; username?: string; errors?: FormErrors },
    status = 200,
  ): void {
    render(res, h(SignInPage, { ...props, csrf: this.csrf.token(req, res) }), status);
  }
}

/** Sign-out: a form post (CSRF-checked) that deletes the server-side session and the cookie. */
@WebController('can-bo/dang-xuat')
@AuditEntity('')
export class SignOutController {
  constructor(private readonly sessions: StaffSessionsService) {}

  @WebPost()
  async signOut(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.sessions.close(cookieOf(req, STAFF_COOKIE));
    res.clearCookie(STAFF_COOKIE, { path: STAFF_PREFIX });
    seeOther(res, `${SIGN_IN_PATH}?ly_do=da-dang-xuat`);
  }
}
