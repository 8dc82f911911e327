import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditEntity } from '../../../audit/audit.decorator.js';
import { NotFoundError } from '../../../common/errors/domain-error.js';
import { DialogueDocumentsService } from '../../../dialogues/dialogue-documents.service.js';
import { DialogueMinutesService } from '../../../dialogues/dialogue-minutes.service.js';
import { CreateDialogueMinutesDto, MinutesItemDto } from '../../../dialogues/dto/minutes.dto.js';
import { WebPost } from '../../common/web-post.js';
import { CurrentStaff, StaffController, StaffRoles, type StaffUser } from '../staff-controller.js';
import { StaffDialoguePages, localProblems, str, uuidOr404 } from './dialogue-pages.service.js';
import { minutesItemFieldOf, minutesItemInput } from './domain/dialogue-form.js';

/**
 * The minutes of a dialogue on its page (`/can-bo/doi-thoai/:id/bien-ban…`), as POST /dialogues/:id/minutes, its items
 * and its finalising (each commitment becomes a follow-up task), for the secretary and the office; the minutes and the
 * conclusion notice as PDF or DOCX for every staff member in scope.
 */
@AuditEntity('dialogue_minutes') // the same name as the API's rows
@StaffController('doi-thoai')
export class StaffDialogueMinutesController {
  constructor(
    private readonly pages: StaffDialoguePages,
    private readonly minutes: DialogueMinutesService,
    private readonly documents: DialogueDocumentsService,
  ) {}

  @WebPost(':id/bien-ban')
  @StaffRoles('secretary', 'office')
  async createMinutes(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const summary = str(body.summary)?.trim();
    await this.pages.attempt(
      { user, id, req, res },
      'minutes',
      body,
      async () => {
        const dto = await this.pages.validate(summary ? { summary } : {}, CreateDialogueMinutesDto);
        await this.minutes.create(user, uuidOr404(id), dto);
        return 'da-lap-bien-ban#bien-ban';
      },
      (p) => (p === 'summary' ? 'tom-tat' : null),
    );
  }

  @WebPost(':id/bien-ban/noi-dung')
  @StaffRoles('secretary', 'office')
  async addItem(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    uuidOr404(id);
    const { input, problems } = minutesItemInput(body);
    await this.pages.attempt(
      { user, id, req, res },
      'item',
      body,
      async () => {
        if (Object.keys(problems).length > 0) throw localProblems(problems);
        await this.minutes.addItem(user, id, await this.pages.validate(input, MinutesItemDto));
        return 'da-them#bien-ban';
      },
      minutesItemFieldOf,
    );
  }

  /** Locks the minutes (after the confirmation step of the page): each commitment becomes a follow-up task. */
  @WebPost(':id/bien-ban/khoa')
  @StaffRoles('secretary', 'office')
  async finalize(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.pages.attempt({ user, id, req, res }, 'finalize', null, async () => {
      await this.minutes.finalize(user, uuidOr404(id));
      return 'da-khoa#bien-ban';
    });
  }

  /** The minutes or the conclusion notice as PDF or DOCX (GET /dialogues/:id/minutes/document, …/conclusion-notice). */
  @Get(':id/tai-ve/:kind')
  async document(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Param('kind') kind: string,
    @Query('format') format: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const which = kind === 'bien-ban' ? 'minutes' : kind === 'ket-luan' ? 'conclusion' : null;
    if (!which) throw new NotFoundError('Văn bản');
    const doc = await this.documents.render(user, uuidOr404(id), which, format === 'docx' ? 'docx' : 'pdf');
    res.setHeader('Content-Type', doc.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${doc.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(doc.body);
  }
}
