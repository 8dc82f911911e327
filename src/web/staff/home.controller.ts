import { Body, Get, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { AuditEntity } from '../../audit/audit.decorator.js';
import { AuthService } from '../../auth/auth.service.js';
import { StaffSessionsService } from '../../auth/staff-sessions.service.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { cookieOf } from '../common/csrf.js';
import { formErrors, formErrorsFrom } from '../common/form-errors.js';
import { privatePage, render, seeOther } from '../common/render.js';
import { WebPost } from '../common/web-post.js';
import { ChangePasswordPage } from './password.page.js';
import { StaffHomePage } from './home.page.js';
import {
  CurrentStaff,
  StaffAllowPendingPassword,
  StaffController,
  staffCookieOptions,
  type StaffUser,
} from './staff-controller.js';
import { StaffFrameService } from './staff-frame.service.js';
import { STAFF_COOKIE, STAFF_PREFIX } from './staff-paths.js';

/** `/can-bo`: the workspace's home (the sections of the person's roles). */
@StaffController('')
export class StaffHomeController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly clock: Clock,
  ) {}

  @Get()
  async home(@CurrentStaff() user: StaffUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    render(res, h(StaffHomePage, { frame: await this.frames.of(user, req, res), today: this.clock.now() }));
  }
}

/**
 * `/can-bo/doi-mat-khau`: one's own password. Changing it ends every other session and token of the account (the
 * token version moves on); this browser gets a new session.
 */
@StaffController('doi-mat-khau')
@AuditEntity('') // AuthService.changePassword records password_change
export class ChangePasswordController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly auth: AuthService,
    private readonly sessions: StaffSessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @StaffAllowPendingPassword()
  async form(@CurrentStaff() user: StaffUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    const pending = await this.sessions.mustChangePassword(user.id);
    render(res, h(ChangePasswordPage, { frame: await this.frames.of(user, req, res), pending }));
  }

  @WebPost()
  @StaffAllowPendingPassword()
  async change(
    @CurrentStaff() user: StaffUser,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const current = typeof body.current === 'string' ? body.current : '';
    const next = typeof body.next === 'string' ? body.next : '';
    const problems: Record<string, string> = {};
    if (!current) problems.current = 'Nhập mật khẩu hiện tại.';
    if (next.length < 8 || next.length > 200) problems.next = 'Mật khẩu mới phải có từ 8 đến 200 ký tự.';
    let errors = Object.keys(problems).length > 0 ? formErrors(problems) : null;
    if (!errors) {
      try {
        await this.auth.changePassword(user, current, next);
        await this.sessions.close(cookieOf(req, STAFF_COOKIE));
        const raw = await this.sessions.openFor(user.id);
        if (raw) res.cookie(STAFF_COOKIE, raw, staffCookieOptions(this.config.production));
        return seeOther(res, STAFF_PREFIX);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        errors = formErrorsFrom(e);
      }
    }
    const pending = await this.sessions.mustChangePassword(user.id);
    render(res, h(ChangePasswordPage, { frame: await this.frames.of(user, req, res), pending, errors }), 400);
  }
}
