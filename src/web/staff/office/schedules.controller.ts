import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AuditEntity } from '../../../audit/audit.decorator.js';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { CalendarService } from '../../../calendar/calendar.service.js';
import { DomainError, NotFoundError } from '../../../common/errors/domain-error.js';
import { hasAnyRole } from '../../../common/roles.js';
import { SchedulesService } from '../../../schedules/schedules.service.js';
import { SessionsService } from '../../../sessions/sessions.service.js';
import { formErrors, formErrorsFrom, type FormErrors } from '../../common/form-errors.js';
import { privatePage, render, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { CurrentStaff, StaffController, StaffRoles, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import {
  formOfRrule,
  parseScheduleForm,
  scheduleFieldOf,
  scheduleFormValues,
  type ScheduleBody,
  type ScheduleFormValues,
} from './domain/schedule-form.js';
import { previewSchedule, type PreviewRow } from './domain/schedule-preview.js';
import { OfficeCalendarService } from './office-calendar.service.js';
import { minimumText, OfficeDirectoryService } from './office-directory.service.js';
import { NEW_SCHEDULE_PATH, schedulePath, SCHEDULES_PATH, uuidOrUndefined } from './office-paths.js';
import { ScheduleFormPage } from './schedule-form.page.js';
import { SchedulesPage } from './schedules.page.js';

const ZONE = 'Asia/Ho_Chi_Minh';

/**
 * `/can-bo/lich-dinh-ky`: the recurring schedules (list for any staff of the unit, like `GET /schedules`), and for the
 * office the form to create or edit one with "Xem trước" (a server round trip showing the dates of the next three
 * months, holiday moves and skips with the holiday's name) and "Lưu lịch" (`POST` / `PATCH /schedules`).
 */
@AuditEntity('schedule') // the same name as the API's rows
@StaffController('lich-dinh-ky')
export class OfficeSchedulesController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly schedules: SchedulesService,
    private readonly directory: OfficeDirectoryService,
    private readonly calendar: CalendarService,
    private readonly sessions: SessionsService,
    private readonly items: OfficeCalendarService,
  ) {}

  @Get()
  async list(
    @CurrentStaff() user: StaffUser,
    @Query('da') done: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const [frame, dir, schedules] = await Promise.all([
      this.frames.of(user, req, res),
      this.directory.of(user),
      this.schedules.list(user, {}),
    ]);
    const minimums = await this.directory.minimums(dir, this.calendar.today(ZONE));
    const rows = schedules.map((s) => {
      const m = minimums.get(s.officialId);
      return {
        id: s.id,
        official: dir.officialName(s.officialId),
        venue: dir.venueName(s.venueId),
        rrule: s.rrule,
        startTime: s.startTime,
        durationMinutes: s.durationMinutes,
        validFrom: s.validFrom,
        validUntil: s.validUntil,
        holidayPolicy: s.holidayPolicy,
        active: s.active,
        minimum: m ? minimumText(m) : null,
      };
    });
    render(res, h(SchedulesPage, { frame, rows, canWrite: hasAnyRole(user.roles, ['office']), done }));
  }

  @Get('moi')
  @StaffRoles('office')
  async newForm(@CurrentStaff() user: StaffUser, @Req() req: Request, @Res() res: Response): Promise<void> {
    privatePage(res);
    await this.formPage(user, req, res, null, {}, null, null, 200);
  }

  @WebPost('moi')
  @StaffRoles('office')
  async create(
    @CurrentStaff() user: StaffUser,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const values = scheduleFormValues(body);
    const parsed = parseScheduleForm(values);
    if (!parsed.ok) return this.formPage(user, req, res, null, values, formErrors(parsed.problems), null, 400);
    if (body['hanh-dong'] !== 'luu') return this.previewPage(user, req, res, null, values, parsed.body);
    try {
      await this.schedules.create(user, parsed.body);
      this.items.forget();
      return seeOther(res, `${SCHEDULES_PATH}?da=tao`);
    } catch (e) {
      return this.failed(e, user, req, res, null, values);
    }
  }

  @Get(':id')
  @StaffRoles('office')
  async editForm(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const s = await this.schedules.get(user, this.idOf(id));
    const f = formOfRrule(s.rrule);
    const values: Partial<ScheduleFormValues> = {
      officialId: s.officialId,
      venueId: s.venueId,
      weekday: f?.weekday ?? '',
      rhythm: f?.rhythm ?? '',
      startTime: s.startTime,
      durationMinutes: String(s.durationMinutes),
      validFrom: s.validFrom,
      validUntil: s.validUntil ?? '',
      holidayPolicy: s.holidayPolicy,
      slotMinutes: String(s.slotMinutes),
      seatsPerSlot: String(s.seatsPerSlot),
    };
    await this.formPage(user, req, res, s.id, values, null, null, 200);
  }

  @WebPost(':id')
  @StaffRoles('office')
  async update(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const current = await this.schedules.get(user, this.idOf(id));
    const values = { ...scheduleFormValues(body), officialId: current.officialId };
    const parsed = parseScheduleForm(values);
    if (!parsed.ok) return this.formPage(user, req, res, current.id, values, formErrors(parsed.problems), null, 400);
    if (body['hanh-dong'] !== 'luu') return this.previewPage(user, req, res, current.id, values, parsed.body);
    const { officialId: _official, validUntil, ...rest } = parsed.body;
    try {
      await this.schedules.update(user, current.id, { ...rest, validUntil: validUntil ?? null });
      this.items.forget();
      return seeOther(res, `${SCHEDULES_PATH}?da=sua`);
    } catch (e) {
      return this.failed(e, user, req, res, current.id, values);
    }
  }

  private idOf(id: string): string {
    const ok = uuidOrUndefined(id);
    if (!ok) throw new NotFoundError('Lịch tiếp');
    return ok;
  }

  private async previewPage(
    user: StaffUser,
    req: Request,
    res: Response,
    scheduleId: string | null,
    values: ScheduleFormValues,
    body: ScheduleBody,
  ): Promise<void> {
    const today = this.calendar.today(ZONE);
    // The official's other sessions (one query): the generator never puts two on one day, nor does the preview.
    const others = await this.sessions.list(user, { officialId: body.officialId, from: today, limit: 5000 });
    const takenDates = new Set(
      others.filter((s) => s.status !== 'cancelled' && s.scheduleId !== scheduleId).map((s) => s.localDate),
    );
    let rows: PreviewRow[];
    try {
      rows = previewSchedule({
        takenDates,
        ...body,
        timeZone: ZONE,
        calendar: await this.calendar.calendar(),
        today,
      });
    } catch {
      return this.formPage(
        user,
        req,
        res,
        scheduleId,
        values,
        formErrors({ weekday: 'Quy tắc lặp không cho ngày nào trong thời gian áp dụng.' }),
        null,
        422,
      );
    }
    await this.formPage(user, req, res, scheduleId, values, null, rows, 200);
  }

  private async failed(
    e: unknown,
    user: StaffUser,
    req: Request,
    res: Response,
    scheduleId: string | null,
    values: ScheduleFormValues,
  ): Promise<void> {
    const errors = formErrorsFrom(e, scheduleFieldOf);
    if (!errors || !(e instanceof DomainError)) throw e;
    return this.formPage(user, req, res, scheduleId, values, errors, null, e.status);
  }

  private async formPage(
    user: StaffUser,
    req: Request,
    res: Response,
    scheduleId: string | null,
    values: Partial<ScheduleFormValues>,
    errors: FormErrors | null,
    preview: PreviewRow[] | null,
    status: number,
  ): Promise<void> {
    const [frame, dir] = await Promise.all([this.frames.of(user, req, res), this.directory.of(user)]);
    const minimums = await this.directory.minimums(dir, values.validFrom || this.calendar.today(ZONE));
    const chosen = values.officialId ? minimums.get(values.officialId) : undefined;
    render(
      res,
      h(ScheduleFormPage, {
        frame,
        scheduleId,
        action: scheduleId ? schedulePath(scheduleId) : NEW_SCHEDULE_PATH,
        officials: dir.officials
          .filter((o) => o.active)
          .map((o) => ({ value: o.id, label: `${o.fullName} – ${o.title}` })),
        venues: dir.venues.map((v) => ({ value: v.id, label: v.name })),
        minimums: [...minimums.values()].map((m) => ({
          official: dir.officialName(m.officialId),
          text: minimumText(m),
          source: m.source,
        })),
        chosenMinimum: chosen ? { text: minimumText(chosen), source: chosen.source } : null,
        values,
        errors,
        preview,
      }),
      status,
    );
  }
}
