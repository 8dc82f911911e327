import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AuditEntity } from '../../../audit/audit.decorator.js';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { CalendarService } from '../../../calendar/calendar.service.js';
import { DomainError, NotFoundError } from '../../../common/errors/domain-error.js';
import { hasAnyRole } from '../../../common/roles.js';
import { SessionActionsService } from '../../../sessions/session-actions.service.js';
import type { SessionView } from '../../../sessions/session-view.js';
import { SessionsService } from '../../../sessions/sessions.service.js';
import { formErrors, formErrorsFrom, type FormErrors } from '../../common/form-errors.js';
import { PAGE_HOLE, PreparedPage, sendPage } from '../../common/page-cache.js';
import { privatePage, render, renderPage, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { CurrentStaff, StaffController, StaffRoles, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { AdHocPage } from './ad-hoc.page.js';
import { CalendarPage } from './calendar.page.js';
import { calendarView } from './domain/calendar-grid.js';
import {
  adHocValues,
  type AdHocValues,
  moveValues,
  parseAdHoc,
  parseCancel,
  parseDelegate,
  parseMove,
  parsePublish,
  type Parsed,
} from './domain/session-forms.js';
import { OfficeCalendarService } from './office-calendar.service.js';
import { OfficeDirectoryService } from './office-directory.service.js';
import { sessionPath, uuidOrUndefined } from './office-paths.js';
import { SessionPage, type SessionForm } from './session.page.js';

const ZONE = 'Asia/Ho_Chi_Minh';
const text = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 1000) : '');

/** The API's field of an error → the field id of one form of the session page. */
const FIELD_OF: Record<SessionForm, Record<string, string>> = {
  publish: { override: 'publish-override', reason: 'publish-reason' },
  move: { startsAt: 'move-date', endsAt: 'move-startTime', override: 'move-override', reason: 'move-reason' },
  cancel: { reason: 'cancel-reason', status: 'cancel-reason' },
  delegate: { delegateOfficialId: 'delegate-official', reason: 'delegate-reason' },
};
const LOCAL_FIELD: Record<SessionForm, Record<string, string>> = {
  publish: { reason: 'publish-reason' },
  move: { date: 'move-date', startTime: 'move-startTime', reason: 'move-reason' },
  cancel: { 'cancel-reason': 'cancel-reason' },
  delegate: { delegateOfficialId: 'delegate-official', 'delegate-reason': 'delegate-reason' },
};

/** A form post of the session page: who, which session, what was typed, the request to answer. */
interface SessionPost {
  user: StaffUser;
  id: string;
  body: Record<string, unknown>;
  req: Request;
  res: Response;
}

/**
 * `/can-bo/lich`: the office's calendar (month or week) of reception sessions and dialogues of the user's units, a
 * session's page with its actions (publish with the 5-working-day notice check, move, cancel, delegate) and the
 * ad-hoc session. Same services and scoping as `GET/POST/PATCH /sessions`; writes for the office only.
 */
@AuditEntity('session') // the same name as the API's rows
@StaffController('lich')
export class OfficeCalendarController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly sessions: SessionsService,
    private readonly actions: SessionActionsService,
    private readonly directory: OfficeDirectoryService,
    private readonly items: OfficeCalendarService,
    private readonly calendar: CalendarService,
  ) {}

  @Get()
  async calendarPage(
    @CurrentStaff() user: StaffUser,
    @Query() q: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const today = this.calendar.today(ZONE);
    const view = calendarView(q, today);
    const unitId = uuidOrUndefined(q.donvi);
    const officialId = uuidOrUndefined(q.canbo);
    const first = view.days[0]!;
    const last = view.days[view.days.length - 1]!;
    const frame = await this.frames.of(user, req, res);
    // The page is the same for this person and URL until a session changes: rendered once with a hole where the
    // CSRF token goes, then filled per request (no render, no compression).
    const page = await this.items.page(user, `${today}|${req.originalUrl}`, async () => {
      const dir = await this.directory.of(user);
      const items = await this.items.items(user, dir, { first, last }, { unitId, officialId });
      return PreparedPage.of(
        renderPage(
          h(CalendarPage, {
            frame: { ...frame, csrf: PAGE_HOLE },
            view,
            today,
            items,
            units: dir.units.map((u) => ({ value: u.id, label: u.name })),
            officials: dir.officials.map((o) => ({ value: o.id, label: `${o.fullName} – ${o.title}` })),
            unitId,
            officialId,
            canWrite: hasAnyRole(user.roles, ['office']),
          }),
        ),
        PAGE_HOLE,
      );
    });
    sendPage(req, res, page!, frame.csrf);
  }

  @Get('buoi-moi')
  @StaffRoles('office')
  async adHocForm(@CurrentStaff() user: StaffUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    await this.adHocPage(user, req, res, {}, null, 200);
  }

  @WebPost('buoi-moi')
  @StaffRoles('office')
  async createAdHoc(
    @CurrentStaff() user: StaffUser,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const values = adHocValues(body);
    const parsed = parseAdHoc(values, ZONE);
    if (!parsed.ok) return this.adHocPage(user, req, res, values, formErrors(parsed.problems), 400);
    try {
      const s = await this.sessions.createAdHoc(user, parsed.body);
      this.items.forget();
      return seeOther(res, `${sessionPath(s.id)}?da=tao`);
    } catch (e) {
      const errors = formErrorsFrom(e, (f) => (f === 'startsAt' || f === 'endsAt' ? 'startTime' : f));
      if (!errors || !(e instanceof DomainError)) throw e;
      return this.adHocPage(user, req, res, values, errors, e.status);
    }
  }

  private async adHocPage(
    user: StaffUser,
    req: Request,
    res: Response,
    values: Partial<AdHocValues>,
    errors: FormErrors | null,
    status: number,
  ): Promise<void> {
    const dir = await this.directory.of(user);
    render(
      res,
      h(AdHocPage, {
        frame: await this.frames.of(user, req, res),
        officials: dir.officials
          .filter((o) => o.active)
          .map((o) => ({ value: o.id, label: `${o.fullName} – ${o.title}` })),
        venues: dir.venues.map((v) => ({ value: v.id, label: v.name })),
        values,
        errors,
      }),
      status,
    );
  }

  @Get('buoi/:id')
  async sessionPage(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Query('da') done: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const session = await this.sessions.get(user, this.idOf(id));
    await this.sessionView(user, req, res, session, { done }, 200);
  }

  @WebPost('buoi/:id/cong-bo')
  @StaffRoles('office')
  publish(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.act(
      { user, id, body, req, res },
      'publish',
      'cong-bo',
      () => parsePublish(body),
      (b) => this.actions.publish(user, this.idOf(id), b),
    );
  }

  @WebPost('buoi/:id/doi-lich')
  @StaffRoles('office')
  async move(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const current = await this.sessions.get(user, this.idOf(id));
    return this.act(
      { user, id, body, req, res },
      'move',
      'doi-lich',
      () => parseMove(moveValues(body), current),
      (b) => this.sessions.update(user, current.id, b),
    );
  }

  @WebPost('buoi/:id/huy')
  @StaffRoles('office')
  cancel(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.act(
      { user, id, body, req, res },
      'cancel',
      'huy',
      () => parseCancel(body),
      (b) => this.sessions.update(user, this.idOf(id), b),
    );
  }

  @WebPost('buoi/:id/uy-quyen')
  @StaffRoles('office')
  delegate(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.act(
      { user, id, body, req, res },
      'delegate',
      'uy-quyen',
      () => parseDelegate(body),
      (b) => this.sessions.update(user, this.idOf(id), b),
    );
  }

  private idOf(id: string): string {
    const ok = uuidOrUndefined(id);
    if (!ok) throw new NotFoundError('Buổi tiếp');
    return ok;
  }

  /**
   * One action of the session page: the form's own checks, then the service; success → 303 to the session's page with
   * a notice; a domain error → the page again with the message on that form (and the override offered when the notice
   * period refused it).
   */
  private async act<T>(
    { user, id, body, req, res }: SessionPost,
    form: SessionForm,
    done: string,
    parse: () => Parsed<T>,
    run: (b: T) => Promise<unknown>,
  ): Promise<void> {
    privatePage(res);
    const sid = this.idOf(id);
    const values = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, text(v)]));
    const parsed = parse();
    let errors: FormErrors | null;
    let status: number;
    let offerOverride = values.override === 'yes';
    if (!parsed.ok) {
      const byId: Record<string, string> = {};
      for (const [k, m] of Object.entries(parsed.problems)) byId[LOCAL_FIELD[form][k] ?? `${form}-${k}`] = m;
      errors = formErrors(byId);
      status = 400;
    } else {
      try {
        await run(parsed.body);
        this.items.forget();
        return seeOther(res, `${sessionPath(sid)}?da=${done}`);
      } catch (e) {
        errors = formErrorsFrom(e, (f) => FIELD_OF[form][f] ?? null);
        if (!errors || !(e instanceof DomainError)) throw e;
        status = e.status;
        if (e.code === 'PUBLISH_NOTICE_TOO_SHORT') offerOverride = true;
      }
    }
    const session = await this.sessions.get(user, sid);
    await this.sessionView(user, req, res, session, { form, errors, values, offerOverride }, status);
  }

  private async sessionView(
    user: StaffUser,
    req: Request,
    res: Response,
    session: SessionView,
    extra: {
      done?: string;
      form?: SessionForm;
      errors?: FormErrors | null;
      values?: Record<string, string>;
      offerOverride?: boolean;
    },
    status: number,
  ): Promise<void> {
    const [frame, dir] = await Promise.all([this.frames.of(user, req, res), this.directory.of(user)]);
    const deputies = dir.officials
      .filter((o) => o.unitId === session.unitId && o.active && o.id !== session.officialId)
      .map((o) => ({ value: o.id, label: `${o.fullName} – ${o.title}` }));
    render(
      res,
      h(SessionPage, {
        frame,
        session,
        officialName: dir.officialName(session.officialId),
        delegateName: dir.officialName(session.delegateOfficialId),
        venueName: dir.venueName(session.venueId),
        unitName: dir.unitName(session.unitId),
        deputies,
        canWrite: hasAnyRole(user.roles, ['office']),
        ...extra,
      }),
      status,
    );
  }
}
