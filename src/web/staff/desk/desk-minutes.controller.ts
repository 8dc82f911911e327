import { Body, Get, Param, Req, Res } from '@nestjs/common';
import { AuditEntity } from '../../../audit/audit.decorator.js';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { NotFoundError } from '../../../common/errors/domain-error.js';
import { UuidPipe } from '../../../common/validation/uuid.pipe.js';
import { createValidationPipe } from '../../../common/validation/validation.pipe.js';
import { AddCaseDto, CreateReceptionMinutesDto, ReceptionAmendmentDto } from '../../../minutes/dto/minutes.dto.js';
import { MinutesFinalizeService } from '../../../minutes/minutes-finalize.service.js';
import { MinutesService } from '../../../minutes/minutes.service.js';
import { formErrorsFrom } from '../../common/form-errors.js';
import { privatePage, render, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { CurrentStaff, StaffController, StaffRoles, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { DESK_READERS, renderDesk, status } from './desk.controller.js';
import { deskSessionPath } from './desk-paths.js';
import type { DeskForm } from './desk-session.page.js';
import { DeskViewService, type DeskMinutes } from './desk-view.service.js';
import {
  amendmentInputOf,
  CASE_FIELDS,
  caseInputOf,
  caseValuesOf,
  finalizePreview,
  minutesInputOf,
} from './domain/desk-forms.js';
import { FinalizePage } from './finalize.page.js';

const CASE_IDS: ReadonlySet<string> = new Set(CASE_FIELDS);

/**
 * The minutes of a session at the desk: creating them (POST /sessions/:id/minutes), recording cases (POST
 * /minutes/:id/cases, same DTO validation), the confirmation step and the lock (POST /minutes/:id/finalize), and
 * amendments once locked (POST /minutes/:id/amendments). Roles as the API's.
 */
@AuditEntity('minutes') // the same name as the API's rows
@StaffController('ban-tiep', ...DESK_READERS)
export class DeskMinutesController {
  private readonly validation = createValidationPipe();

  constructor(
    private readonly frames: StaffFrameService,
    private readonly view: DeskViewService,
    private readonly minutes: MinutesService,
    private readonly finalizer: MinutesFinalizeService,
  ) {}

  private async minutesOf(user: StaffUser, sessionId: string): Promise<DeskMinutes> {
    const m = await this.view.minutesOf(user, sessionId);
    if (!m) throw new NotFoundError('Biên bản');
    return m;
  }

  /** Runs a write; a refused one re-renders the desk with the form's values and errors (400/409/422). */
  private async attempt(
    user: StaffUser,
    id: string,
    req: Request,
    res: Response,
    form: DeskForm,
    values: Record<string, string>,
    fieldOf: (path: string) => string | null,
    act: () => Promise<string>,
  ): Promise<void> {
    let next: string;
    try {
      next = await act();
    } catch (e) {
      const errors = formErrorsFrom(e, fieldOf);
      if (!errors) throw e;
      return renderDesk(this.frames, this.view, user, id, req, res, { failed: { form, errors, values } }, status(e));
    }
    seeOther(res, next);
  }

  private dto<T>(input: Record<string, unknown>, metatype: new () => T): Promise<T> {
    return this.validation.transform(input, { type: 'body', metatype }) as Promise<T>;
  }

  @WebPost(':id/bien-ban')
  @StaffRoles('secretary', 'office')
  async create(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.view.session(user, id);
    const { values, input } = minutesInputOf(body);
    await this.attempt(
      user,
      id,
      req,
      res,
      'minutes',
      values,
      (p) => (p === 'number' || p.startsWith('officials') ? p.replace(/[[\].]+/g, '-').replace(/-+$/, '') : null),
      async () => {
        await this.minutes.create(user, id, await this.dto(input, CreateReceptionMinutesDto));
        return `${deskSessionPath(id)}?xong=bien-ban#bien-ban`;
      },
    );
  }

  @WebPost(':id/vu-viec')
  @StaffRoles('secretary', 'office')
  async addCase(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const m = await this.minutesOf(user, id);
    const values = caseValuesOf(body);
    await this.attempt(
      user,
      id,
      req,
      res,
      'case',
      values,
      (p) => (CASE_IDS.has(p) ? p : null),
      async () => {
        await this.minutes.addCase(user, m.id, await this.dto(caseInputOf(values), AddCaseDto));
        return `${deskSessionPath(id)}?xong=vu-viec#bien-ban`;
      },
    );
  }

  @WebPost(':id/vu-viec/:caseId/xoa')
  @StaffRoles('secretary', 'office')
  async deleteCase(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Param('caseId', UuidPipe) caseId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const m = await this.minutesOf(user, id);
    await this.attempt(
      user,
      id,
      req,
      res,
      'case',
      {},
      () => null,
      async () => {
        await this.minutes.deleteCase(user, m.id, caseId);
        return `${deskSessionPath(id)}?xong=xoa-vu-viec#bien-ban`;
      },
    );
  }

  @Get(':id/hoan-tat')
  @StaffRoles('secretary', 'office')
  async confirm(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.renderConfirm(user, id, req, res, null, 200);
  }

  private async renderConfirm(
    user: StaffUser,
    id: string,
    req: Request,
    res: Response,
    errors: ReturnType<typeof formErrorsFrom>,
    code: number,
  ): Promise<void> {
    privatePage(res);
    const desk = await this.view.desk(user, id);
    if (!desk.minutes) throw new NotFoundError('Biên bản');
    if (desk.minutes.status === 'final' && !errors) return seeOther(res, `${deskSessionPath(id)}#bien-ban`);
    const preview = finalizePreview(desk.minutes.cases);
    render(res, h(FinalizePage, { frame: await this.frames.of(user, req, res), desk, preview, errors }), code);
  }

  @WebPost(':id/hoan-tat')
  @StaffRoles('secretary', 'office')
  async finalize(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const m = await this.minutesOf(user, id);
    try {
      await this.finalizer.finalize(user, m.id);
    } catch (e) {
      const errors = formErrorsFrom(e, () => null);
      if (!errors) throw e;
      return this.renderConfirm(user, id, req, res, errors, status(e));
    }
    seeOther(res, `${deskSessionPath(id)}?xong=hoan-tat#bien-ban`);
  }

  @WebPost(':id/dinh-chinh')
  @StaffRoles('secretary', 'office', 'leader')
  async amend(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const m = await this.minutesOf(user, id);
    const values = amendmentInputOf(body);
    await this.attempt(
      user,
      id,
      req,
      res,
      'amendment',
      values,
      (p) => (p === 'reason' || p === 'text' ? p : null),
      async () => {
        await this.minutes.amend(user, m.id, await this.dto(values, ReceptionAmendmentDto));
        return `${deskSessionPath(id)}?xong=dinh-chinh#bien-ban`;
      },
    );
  }
}
