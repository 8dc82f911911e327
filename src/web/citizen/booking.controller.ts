import { Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { BookingsService } from '../../bookings/bookings.service.js';
import { parseCreateBookingBody } from '../../bookings/dto/create-booking.schema.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { PublicRateLimit } from '../../common/http/throttling.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { CsrfService } from '../common/csrf.js';
import { type FormErrors, formErrors, formErrorsFrom } from '../common/form-errors.js';
import { PAGE_HOLE, PreparedPage, sendPage } from '../common/page-cache.js';
import { privatePage, render, renderPage, seeOther } from '../common/render.js';
import { WebController } from '../common/web-controller.js';
import { WebPost } from '../common/web-post.js';
import {
  bookingFieldOf,
  type BookingFormValues,
  emptyBookingForm,
  readBookingForm,
  toCreateBody,
  withoutIdNumbers,
} from './booking-form.js';
import { CheckPage, DetailsPage, SlotPage } from './booking.pages.js';
import { CitizenCalendarService } from './calendar.service.js';
import { manageUrl } from './manage-links.js';
import { PublicPages } from './public-pages.service.js';
import { SiteOfficeService } from './site-office.service.js';

const CONSENT_MISSING = 'Bạn cần đồng ý với cách sử dụng dữ liệu cá nhân để đặt lịch.';
const SLOT_MISSING = 'Hãy chọn một khung giờ.';
const GROUP_SIZE_MISSING = 'Hãy ghi số người có chung nội dung, kể cả bạn (từ 2 người).';

/**
 * /dat-lich/:sessionId — booking a slot, one thing per page: choose a time (GET) → your details → check and confirm
 * (POSTs carrying the values in hidden fields, never in the URL) → POST creates through BookingsService (the service
 * of POST /api/v1/bookings) → 303 → the confirmation page of the booking (manage link).
 */
@WebController('dat-lich')
export class BookingController {
  constructor(
    private readonly calendar: CitizenCalendarService,
    private readonly bookings: BookingsService,
    private readonly offices: SiteOfficeService,
    private readonly csrf: CsrfService,
    private readonly pages: PublicPages,
  ) {}

  private async load(sessionId: string) {
    const found = await this.calendar.sessionWithSlots(sessionId);
    if (!found) throw new NotFoundError('Buổi tiếp công dân');
    const { session, slots } = found;
    const unit = await this.calendar.unit(session.unitId);
    const office = unit ? await this.offices.of(unit) : await this.offices.site();
    return { session, slots, office, unitId: session.unitId };
  }

  /** Step 1 (the same for every visitor: kept by PublicPages). */
  @Get(':id')
  @PublicRateLimit()
  async slotsPage(@Param('id', UuidPipe) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const page = await this.pages.get(`slots:${id}`, async () => {
      const { session, slots, office, unitId } = await this.load(id);
      return PreparedPage.of(renderPage(h(SlotPage, { office, session, unitId, slots })));
    });
    sendPage(req, res, page!);
  }

  /**
   * Step 2: the empty details form of a slot, rendered once for every visitor with its CSRF token as a hole
   * (PAGE_HOLE) that each request fills with the browser's own token.
   */
  @Get(':id/thong-tin')
  @PublicRateLimit()
  async detailsPage(
    @Param('id', UuidPipe) id: string,
    @Query('khung') khung: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const chosen = typeof khung === 'string' ? khung : '';
    const page = await this.pages.get(`details:${id}:${chosen}`, async () => {
      const { session, slots, office, unitId } = await this.load(id);
      const slot = chosen ? slots.find((s) => s.startsAt === chosen) : undefined;
      if (!slot) return null;
      const values = emptyBookingForm(slot.startsAt, slot.remaining <= 0);
      return PreparedPage.of(
        renderPage(h(DetailsPage, { office, session, unitId, slot, values, csrf: PAGE_HOLE })),
        PAGE_HOLE,
      );
    });
    if (!page) {
      // No such slot: the slot page with the error (not kept; any text may be asked for).
      const { session, slots, office, unitId } = await this.load(id);
      render(res, h(SlotPage, { office, session, unitId, slots, errors: formErrors({ khung: SLOT_MISSING }) }), 400);
      return;
    }
    sendPage(req, res, page, this.csrf.token(req, res));
  }

  /** Details posted: the page's own checks (consent, group size) and the API's (schema, formats, group rules). */
  @WebPost(':id/kiem-tra')
  async check(@Param('id', UuidPipe) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { session, slots, office, unitId } = await this.load(id);
    const values = readBookingForm(req.body as Record<string, unknown>);
    const slot = slots.find((s) => s.startsAt === values.slot);
    privatePage(res);
    if (!slot) {
      render(res, h(SlotPage, { office, session, unitId, slots, errors: formErrors({ khung: SLOT_MISSING }) }), 400);
      return;
    }
    const errors = this.validate(id, values);
    const csrf = this.csrf.token(req, res);
    if (errors) {
      render(
        res,
        h(DetailsPage, { office, session, unitId, slot, values: withoutIdNumbers(values), errors, csrf }),
        400,
      );
      return;
    }
    render(res, h(CheckPage, { office, session, unitId, slot, values, csrf }));
  }

  /** "Sửa" on the check page: the details form again with everything typed. */
  @WebPost(':id/sua')
  async edit(@Param('id', UuidPipe) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { session, slots, office, unitId } = await this.load(id);
    const values = readBookingForm(req.body as Record<string, unknown>);
    const slot = slots.find((s) => s.startsAt === values.slot);
    privatePage(res);
    if (!slot) {
      render(res, h(SlotPage, { office, session, unitId, slots, errors: formErrors({ khung: SLOT_MISSING }) }), 400);
      return;
    }
    render(res, h(DetailsPage, { office, session, unitId, slot, values, csrf: this.csrf.token(req, res) }));
  }

  /** Confirmed: the booking is made by the API's service; 303 to its confirmation page. */
  @WebPost(':id/xac-nhan')
  async confirm(@Param('id', UuidPipe) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { session, slots, office, unitId } = await this.load(id);
    const values = readBookingForm(req.body as Record<string, unknown>);
    const slot = slots.find((s) => s.startsAt === values.slot);
    privatePage(res);
    if (!slot) {
      render(res, h(SlotPage, { office, session, unitId, slots, errors: formErrors({ khung: SLOT_MISSING }) }), 400);
      return;
    }
    const csrf = this.csrf.token(req, res);
    const invalid = this.validate(id, values);
    if (invalid) {
      render(
        res,
        h(DetailsPage, { office, session, unitId, slot, values: withoutIdNumbers(values), errors: invalid, csrf }),
        400,
      );
      return;
    }
    try {
      const created = await this.bookings.create(parseCreateBookingBody(toCreateBody(id, values)));
      seeOther(res, manageUrl(created.code, created.manageToken, 'da-dat'));
    } catch (e) {
      const errors = formErrorsFrom(e, bookingFieldOf);
      if (!errors) throw e;
      const code = e instanceof DomainError ? e.code : '';
      const offerWaitlist = code === 'SLOT_FULL' && !values.waitlist;
      render(
        res,
        h(CheckPage, { office, session, unitId, slot, values, csrf, errors, offerWaitlist }),
        e instanceof DomainError ? e.status : 400,
      );
    }
  }

  /** Every problem of the values: the page's own (consent, group size) first, then the API's checks. */
  private validate(sessionId: string, values: BookingFormValues): FormErrors | null {
    const own: Record<string, string> = {};
    if (values.group === 'doan' && !/^\d+$/.test(values.groupSize.trim())) own.groupSize = GROUP_SIZE_MISSING;
    let api: FormErrors | null = null;
    try {
      this.bookings.check(parseCreateBookingBody(toCreateBody(sessionId, values)));
    } catch (e) {
      api = formErrorsFrom(e, bookingFieldOf);
      if (!api) throw e;
    }
    if (!values.consent) own.consent = CONSENT_MISSING;
    if (!api && Object.keys(own).length === 0) return null;
    const mine = formErrors(own);
    const merged: FormErrors = {
      summary: [...(api?.summary ?? []).filter((s) => !(s.fieldId && own[s.fieldId])), ...mine.summary],
      byField: { ...(api?.byField ?? {}), ...own },
    };
    return merged;
  }
}
