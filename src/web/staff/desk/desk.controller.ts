import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AuditEntity } from '../../../audit/audit.decorator.js';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { BookingStaffService } from '../../../bookings/booking-staff.service.js';
import { NotFoundError } from '../../../common/errors/domain-error.js';
import { hasAnyRole } from '../../../common/roles.js';
import { UuidPipe } from '../../../common/validation/uuid.pipe.js';
import { MinutesDocumentsService } from '../../../minutes/minutes-documents.service.js';
import { ReceptionLogService } from '../../../minutes/reception-log.service.js';
import { sendFile } from '../../../minutes/send-file.js';
import { formErrorsFrom } from '../../common/form-errors.js';
import { privatePage, render, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { paging, pageOf } from '../../domain/paging.js';
import { CurrentStaff, StaffController, StaffRoles, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { DeskListPage } from './desk-list.page.js';
import { deskSessionPath, isDeskDone } from './desk-paths.js';
import { DeskSessionPage, type DeskSessionProps } from './desk-session.page.js';
import { DeskViewService } from './desk-view.service.js';
import { DESK_DOWNLOADS, isDeskDownload } from './domain/desk-forms.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Roles of the desk's pages: those of GET /sessions/:id/bookings (the list the desk is built around). */
export const DESK_READERS = ['secretary', 'office', 'leader', 'inspector', 'viewer'] as const;

/**
 * `/can-bo/ban-tiep`: the secretary's session desk. The sessions of the unit, a session's bookings with check-in and
 * no-show (POST /bookings/:code/check-in|no-show), and its documents streamed as the API streams them.
 */
@AuditEntity('') // the services record their own rows
@StaffController('ban-tiep', ...DESK_READERS)
export class DeskController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly view: DeskViewService,
    private readonly bookings: BookingStaffService,
    private readonly documents: MinutesDocumentsService,
    private readonly log: ReceptionLogService,
  ) {}

  @Get()
  async list(
    @CurrentStaff() user: StaffUser,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const { sessions, names } = await this.view.upcoming(user);
    const p = paging(query.trang, sessions.length);
    render(
      res,
      h(DeskListPage, {
        frame: await this.frames.of(user, req, res),
        today: this.view.today(),
        sessions: pageOf(sessions, p),
        names,
        paging: p,
        query,
      }),
    );
  }

  @Get(':id')
  async session(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Query('xong') done: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await renderDesk(this.frames, this.view, user, id, req, res, { done: isDeskDone(done) ? done : null });
  }

  @WebPost(':id/dang-ky/:code/co-mat')
  @StaffRoles('secretary', 'office')
  async checkIn(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Param('code') code: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.bookingAction(user, id, req, res, 'da-den', () =>
      this.bookings.checkIn(user, code, body.identityChecked === 'yes'),
    );
  }

  @WebPost(':id/dang-ky/:code/vang-mat')
  @StaffRoles('secretary', 'office')
  async noShow(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Param('code') code: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.bookingAction(user, id, req, res, 'vang-mat', () => this.bookings.noShow(user, code));
  }

  private async bookingAction(
    user: StaffUser,
    id: string,
    req: Request,
    res: Response,
    done: 'da-den' | 'vang-mat',
    act: () => Promise<unknown>,
  ): Promise<void> {
    await this.view.session(user, id);
    try {
      await act();
    } catch (e) {
      const errors = formErrorsFrom(e, () => null);
      if (!errors) throw e;
      return renderDesk(this.frames, this.view, user, id, req, res, { failed: { form: 'booking', errors } }, status(e));
    }
    seeOther(res, `${deskSessionPath(id)}?xong=${done}#dang-ky`);
  }

  /** The session's documents: the same files as GET /minutes/:id/document, …/conclusion-notice and /reception-log. */
  @Get(':id/tai/:file')
  async download(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Param('file') file: string,
    @Query('vu-viec') caseId: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const session = await this.view.session(user, id);
    if (!isDeskDownload(file)) throw new NotFoundError('Tệp');
    const { doc, format } = DESK_DOWNLOADS[file];
    if (doc === 'minutes') {
      const m = await this.view.minutesOf(user, id);
      if (!m) throw new NotFoundError('Biên bản');
      return sendFile(res, await this.documents.minutesDocument(user, m.id, format));
    }
    if (doc === 'conclusion') {
      // `?vu-viec=<case>`: that citizen's copy, with the lookup code and secret of their petition (as the API's caseId).
      const copyFor = typeof caseId === 'string' && caseId !== '' ? caseId : undefined;
      if (copyFor !== undefined && !UUID.test(copyFor)) throw new NotFoundError('Vụ việc');
      return sendFile(res, await this.documents.conclusionNotice(user, id, format, copyFor));
    }
    const out = await this.log.list(user, {
      unitId: session.unitId,
      from: session.localDate,
      to: session.localDate,
      format,
    });
    if (!out.file) throw new NotFoundError('Tệp');
    sendFile(res, out.file);
  }
}

/** The HTTP status of a refused post: the domain error's own (400, 409, 422…). */
export function status(e: unknown): number {
  return typeof (e as { status?: unknown }).status === 'number' ? (e as { status: number }).status : 400;
}

/** Renders the desk of a session (also after a failed post, with that form's values and errors). */
export async function renderDesk(
  frames: StaffFrameService,
  view: DeskViewService,
  user: StaffUser,
  id: string,
  req: Request,
  res: Response,
  extra: Pick<DeskSessionProps, 'done' | 'failed'>,
  code = 200,
): Promise<void> {
  privatePage(res);
  const desk = await view.desk(user, id);
  render(
    res,
    h(DeskSessionPage, {
      frame: await frames.of(user, req, res),
      desk,
      canWrite: hasAnyRole(user.roles, ['secretary', 'office']),
      canAmend: hasAnyRole(user.roles, ['secretary', 'office', 'leader']),
      ...extra,
    }),
    code,
  );
}
