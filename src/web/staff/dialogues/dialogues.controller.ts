import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { AuditEntity } from '../../../audit/audit.decorator.js';
import { NotFoundError } from '../../../common/errors/domain-error.js';
import { hasAnyRole } from '../../../common/roles.js';
import { DialogueQuestionsService } from '../../../dialogues/dialogue-questions.service.js';
import { DialoguesService } from '../../../dialogues/dialogues.service.js';
import { CreateDialogueDto, DialogueResultsDto, UpdateDialogueDto } from '../../../dialogues/dto/dialogue.dto.js';
import { ModerateQuestionDto } from '../../../dialogues/dto/question.dto.js';
import { OrgReader } from '../../../org/org-reader.service.js';
import { formErrors, formErrorsOrThrow, type FormErrors } from '../../common/form-errors.js';
import { privatePage, render, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { paging, pageOf } from '../../domain/paging.js';
import { CurrentStaff, StaffController, StaffRoles, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { DialogueListPage, DIALOGUE_STATUS_OPTIONS } from './dialogue-list.page.js';
import { NewDialoguePage, type PlanChoices } from './dialogue-new.page.js';
import { StaffDialoguePages, localProblems, statusOf, str, uuidOr404 } from './dialogue-pages.service.js';
import { staffDialoguePath } from './dialogue-paths.js';
import { dialogueFieldOf, dialogueFormValues, moderationInput, readDialogueForm } from './domain/dialogue-form.js';

/**
 * `/can-bo/doi-thoai`: the dialogues of the person's units on the same services as the API (`/dialogues`, questions),
 * with the API's roles: reading for every staff member in scope; planning, announcing (the 7-day notice rule) and
 * moderating for the office; "held" for office and secretary; results for office and leader. The minutes are
 * StaffDialogueMinutesController's; the page and its forms' handling are StaffDialoguePages'.
 */
@AuditEntity('dialogue') // the same name as the API's rows
@StaffController('doi-thoai')
export class StaffDialoguesController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly pages: StaffDialoguePages,
    private readonly dialogues: DialoguesService,
    private readonly questions: DialogueQuestionsService,
    private readonly org: OrgReader,
  ) {}

  @Get()
  async list(
    @CurrentStaff() user: StaffUser,
    @Query() q: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const status = DIALOGUE_STATUS_OPTIONS.some((o) => o.value === q.trang_thai) ? (q.trang_thai as string) : null;
    const all = await this.dialogues.list(user, status ? { status: status as never } : {});
    all.sort((a, b) => b.startsAt.localeCompare(a.startsAt));
    const p = paging(q.trang, all.length);
    render(
      res,
      h(DialogueListPage, {
        frame: await this.frames.of(user, req, res),
        dialogues: pageOf(all, p),
        paging: p,
        status,
        canPlan: hasAnyRole(user.roles, ['office']),
      }),
    );
  }

  /** The units the person may plan for (their scope, by name), the chosen one first found. */
  private async planChoices(user: StaffUser, unitId: unknown): Promise<PlanChoices> {
    const units = await this.pages.unitsInScope(user);
    const unit = units.find((u) => u.id === unitId) ?? units.find((u) => u.id === user.unitId) ?? units[0] ?? null;
    if (!unit) throw new NotFoundError('Đơn vị');
    const [officials, venues] = await Promise.all([
      this.org.officialsIn([unit.id], { unitId: unit.id }),
      this.org.venuesIn([unit.id], { unitId: unit.id }),
    ]);
    return {
      unit,
      units: units.length > 1 ? units : [],
      chairs: officials.filter((o) => o.active).map((o) => ({ id: o.id, label: `${o.fullName} – ${o.title}` })),
      venues: venues.map((v) => ({ id: v.id, label: `${v.name}, ${v.address}` })),
    };
  }

  @Get('moi')
  @StaffRoles('office')
  async newForm(
    @CurrentStaff() user: StaffUser,
    @Query('unitId') unitId: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const choices = await this.planChoices(user, unitId);
    render(res, h(NewDialoguePage, { frame: await this.frames.of(user, req, res), choices }));
  }

  /** Plans a dialogue: the same DTO checks and service as POST /dialogues; errors beside the fields. */
  @WebPost('moi')
  @StaffRoles('office')
  async create(
    @CurrentStaff() user: StaffUser,
    @Query('unitId') unitId: unknown,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const choices = await this.planChoices(user, unitId);
    const values = dialogueFormValues(body);
    const read = readDialogueForm(choices.unit.id, values);
    let errors: FormErrors | null = read.input ? null : formErrors(read.problems);
    let status = 400;
    if (read.input) {
      try {
        const dto = await this.pages.validate(read.input, CreateDialogueDto);
        const d = await this.dialogues.create(user, dto);
        return seeOther(res, `${staffDialoguePath(d.id)}?xong=da-tao`);
      } catch (e) {
        errors = formErrorsOrThrow(e, dialogueFieldOf);
        status = statusOf(e);
      }
    }
    render(res, h(NewDialoguePage, { frame: await this.frames.of(user, req, res), choices, values, errors }), status);
  }

  @Get(':id')
  async one(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Query() q: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.pages.show({ user, id, req, res }, { done: str(q.xong) ?? null, confirmFinalize: q.khoa === '1' });
  }

  /** Announces the dialogue: under the 7-day notice the service refuses (422) and the page says why. */
  @WebPost(':id/thong-bao')
  @StaffRoles('office')
  async publish(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.pages.attempt({ user, id, req, res }, 'publish', null, async () => {
      await this.dialogues.publish(user, uuidOr404(id));
      return 'da-thong-bao';
    });
  }

  /** Accept, reject with a reason, or merge into an accepted question (POST …/questions/:id/moderation). */
  @WebPost(':id/cau-hoi/:questionId')
  @StaffRoles('office')
  @AuditEntity('dialogue_question')
  async moderate(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Param('questionId') questionId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    uuidOr404(id);
    uuidOr404(questionId, 'Câu hỏi');
    const all = await this.questions.list(user, id, {});
    const index = all.findIndex((q) => q.id === questionId) + 1;
    if (index === 0) throw new NotFoundError('Câu hỏi');
    const fieldOf = (p: string) =>
      ({ action: `xu-ly-${index}`, reason: `ly-do-${index}`, mergeIntoId: `gop-${index}` })[p] ?? null;
    const input = moderationInput(body);
    await this.pages.attempt(
      { user, id, req, res },
      `q:${questionId}`,
      body,
      async () => {
        if (!input.action) throw localProblems({ [`xu-ly-${index}`]: 'Chọn cách xử lý câu hỏi.' });
        await this.questions.moderate(user, id, questionId, await this.pages.validate(input, ModerateQuestionDto));
        return 'da-xu-ly#cau-hoi';
      },
      fieldOf,
    );
  }

  /** Cancels a draft or an announced dialogue (PATCH /dialogues/:id {status: cancelled, reason}); announced needs the reason. */
  @WebPost(':id/huy')
  @StaffRoles('office')
  async cancel(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const reason = str(body.reason)?.trim();
    await this.pages.attempt(
      { user, id, req, res },
      'cancel',
      body,
      async () => {
        const dto = await this.pages.validate(
          { status: 'cancelled', ...(reason ? { reason } : {}) },
          UpdateDialogueDto,
        );
        await this.dialogues.update(user, uuidOr404(id), dto);
        return 'da-huy';
      },
      (p) => (p === 'reason' ? 'ly-do-huy' : null),
    );
  }

  @WebPost(':id/da-to-chuc')
  @StaffRoles('office', 'secretary')
  async held(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.pages.attempt({ user, id, req, res }, 'held', null, async () => {
      await this.dialogues.held(user, uuidOr404(id));
      return 'da-to-chuc';
    });
  }

  @WebPost(':id/ket-qua')
  @StaffRoles('office', 'leader')
  async results(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.pages.attempt(
      { user, id, req, res },
      'results',
      body,
      async () => {
        const dto = await this.pages.validate({ summary: str(body.summary) ?? '' }, DialogueResultsDto);
        await this.dialogues.publishResults(user, uuidOr404(id), dto);
        return 'da-cong-bo#ket-qua';
      },
      (p) => (p === 'summary' ? 'ket-qua-tom-tat' : null),
    );
  }
}
