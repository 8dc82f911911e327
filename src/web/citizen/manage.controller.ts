import { Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { BookingManageService } from '../../bookings/booking-manage.service.js';
import type { BookingView } from '../../bookings/booking-views.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { PublicRateLimit } from '../../common/http/throttling.js';
import { CsrfService } from '../common/csrf.js';
import { formErrors, formErrorsFrom } from '../common/form-errors.js';
import { privatePage, render, seeOther } from '../common/render.js';
import { WebController } from '../common/web-controller.js';
import { WebPost } from '../common/web-post.js';
import { CitizenCalendarService } from './calendar.service.js';
import { manageUrl } from './manage-links.js';
import { CancelPage, LookupPage, ManagePage } from './manage.pages.js';
import { SiteOfficeService } from './site-office.service.js';

const NOT_FOUND = 'Không tìm thấy lịch hẹn với mã đặt lịch và mã quản lý này. Hãy kiểm tra lại hai mã.';
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/**
 * /quan-ly — a citizen's own booking, authorised by its code and secret manage token (BookingManageService, as the
 * API): see it, download the .ics, cancel it after a confirmation page. Every page here is private (no-store, no
 * Referer); a wrong code and a wrong token give the same answer.
 */
@WebController('quan-ly')
export class ManageController {
  constructor(
    private readonly manage: BookingManageService,
    private readonly calendar: CitizenCalendarService,
    private readonly offices: SiteOfficeService,
    private readonly csrf: CsrfService,
  ) {}

  /** The lookup form; `?ma=` fills in the booking code (the link of the booking SMS, which never carries the token). */
  @Get()
  async lookup(@Query('ma') ma: unknown, @Res() res: Response): Promise<void> {
    privatePage(res);
    const code = typeof ma === 'string' ? ma.trim().slice(0, 32) : undefined;
    render(res, h(LookupPage, { office: await this.offices.site(), code: code || undefined }));
  }

  /** The lookup form (GET): to the booking's own page, or the form again with what is missing. */
  @Get('tim')
  @PublicRateLimit()
  async find(@Query('ma') ma: unknown, @Query('token') token: unknown, @Res() res: Response): Promise<void> {
    privatePage(res);
    const code = str(ma);
    const secret = str(token);
    const missing: Record<string, string> = {};
    if (!code) missing.ma = 'Hãy nhập mã đặt lịch.';
    if (!secret) missing.token = 'Hãy nhập mã quản lý.';
    if (Object.keys(missing).length) {
      render(res, h(LookupPage, { office: await this.offices.site(), errors: formErrors(missing), code }), 400);
      return;
    }
    seeOther(res, manageUrl(code.toUpperCase(), secret));
  }

  private async booking(code: string, token: unknown, res: Response): Promise<BookingView | null> {
    try {
      return await this.manage.get(code, token);
    } catch (e) {
      if (e instanceof DomainError && e.status === 404) {
        render(
          res,
          h(LookupPage, { office: await this.offices.site(), errors: formErrors({ ma: NOT_FOUND }), code }),
          404,
        );
        return null;
      }
      throw e;
    }
  }

  private async show(code: string, token: unknown, req: Request, res: Response, justBooked: boolean) {
    privatePage(res);
    const booking = await this.booking(code, token, res);
    if (!booking) return;
    const session = await this.calendar.sessionOfBooking(booking.sessionId);
    const unit = session ? await this.calendar.unit(session.unitId) : null;
    const office = unit ? await this.offices.of(unit) : await this.offices.site();
    const secret = str(token);
    const manageLink = `${req.protocol}://${req.get('host')}${manageUrl(booking.code, secret)}`;
    render(res, h(ManagePage, { office, booking, session, token: secret, justBooked, manageLink }));
  }

  @Get(':code')
  @PublicRateLimit()
  view(@Param('code') code: string, @Query('token') token: unknown, @Req() req: Request, @Res() res: Response) {
    return this.show(code, token, req, res, false);
  }

  /** The confirmation page right after booking (the same page with "Đã đặt lịch" at the top). */
  @Get(':code/da-dat')
  @PublicRateLimit()
  booked(@Param('code') code: string, @Query('token') token: unknown, @Req() req: Request, @Res() res: Response) {
    return this.show(code, token, req, res, true);
  }

  @Get(':code/lich.ics')
  @PublicRateLimit()
  async ics(@Param('code') code: string, @Query('token') token: unknown, @Res() res: Response): Promise<void> {
    privatePage(res);
    try {
      const { code: canonical, body } = await this.manage.ics(code, token);
      res
        .status(200)
        .type('text/calendar; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="lich-tiep-${canonical}.ics"`);
      res.send(body);
    } catch (e) {
      if (e instanceof DomainError && e.status === 404) {
        render(res, h(LookupPage, { office: await this.offices.site(), errors: formErrors({ ma: NOT_FOUND }) }), 404);
        return;
      }
      throw e;
    }
  }

  @Get(':code/huy')
  @PublicRateLimit()
  async cancelPage(
    @Param('code') code: string,
    @Query('token') token: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const booking = await this.booking(code, token, res);
    if (!booking) return;
    const office = await this.offices.site();
    render(res, h(CancelPage, { office, booking, token: str(token), csrf: this.csrf.token(req, res) }));
  }

  /** Cancel, step 2 (the token comes in the form body, not the URL): 303 back to the booking, now cancelled. */
  @WebPost(':code/huy')
  async cancel(@Param('code') code: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    const token = str((req.body as Record<string, unknown>).token);
    const booking = await this.booking(code, token, res);
    if (!booking) return;
    try {
      await this.manage.cancel(code, token);
      seeOther(res, manageUrl(booking.code, token));
    } catch (e) {
      const errors = formErrorsFrom(e, () => null);
      if (!errors) throw e;
      const office = await this.offices.site();
      render(
        res,
        h(CancelPage, { office, booking, token, csrf: this.csrf.token(req, res), errors }),
        e instanceof DomainError ? e.status : 400,
      );
    }
  }
}
