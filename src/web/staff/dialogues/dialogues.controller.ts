import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AuditEntity } from '../../../audit/audit.decorator.js';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { DomainError, NotFoundError } from '../../../common/errors/domain-error.js';
import { hasAnyRole } from '../../../common/roles.js';
import { createValidationPipe } from '../../../common/validation/validation.pipe.js';
import { DialogueDocumentsService } from '../../../dialogues/dialogue-documents.service.js';
import { DialogueMinutesService } from '../../../dialogues/dialogue-minutes.service.js';
import { DialogueQuestionsService } from '../../../dialogues/dialogue-questions.service.js';
import { DialoguesService } from '../../../dialogues/dialogues.service.js';
import { CreateDialogueDto, DialogueResultsDto, UpdateDialogueDto } from '../../../dialogues/dto/dialogue.dto.js';
import { CreateDialogueMinutesDto, MinutesItemDto } from '../../../dialogues/dto/minutes.dto.js';
import { ModerateQuestionDto } from '../../../dialogues/dto/question.dto.js';
import { OrgReader } from '../../../org/org-reader.service.js';
import { UnitScopeService } from '../../../org/unit-scope.service.js';
import { TasksService } from '../../../tasks/tasks.service.js';
import { TASK_STATUS_LABELS, type TaskStatus } from '../../../tasks/domain/task-state.js';
import { formErrors, formErrorsFrom, type FormErrors } from '../../common/form-errors.js';
import { privatePage, render, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { paging, pageOf } from '../../domain/paging.js';
import { CurrentStaff, StaffController, StaffRoles, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { DialogueListPage, DIALOGUE_STATUS_OPTIONS } from './dialogue-list.page.js';
import { NewDialoguePage, type PlanChoices } from './dialogue-new.page.js';
import { DialoguePage, type FailedForm } from './dialogue.page.js';
import { staffDialoguePath } from './dialogue-paths.js';
import {
  dialogueFieldOf,
  dialogueFormValues,
  minutesItemFieldOf,
  minutesItemInput,
  moderationInput,
  readDialogueForm,
} from './domain/dialogue-form.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (body: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));

/** A path id that is not a UUID is a dialogue that does not exist: the same 404 page as another unit's. */
function dialogueId(id: string): string {
  if (!UUID.test(id)) throw new NotFoundError('Hội nghị đối thoại');
  return id;
}

/** Errors a form shows; "not found" and "forbidden" go to their pages instead. */
function formable(e: unknown, fieldOf?: (path: string) => string | null): FormErrors {
  if (e instanceof DomainError && (e.status === 404 || e.status === 403)) throw e;
  const errors = formErrorsFrom(e, fieldOf);
  if (!errors) throw e;
  return errors;
}

/**
 * `/can-bo/doi-thoai`: the dialogues of the person's units on the same services as the API (`/dialogues`, questions,
 * minutes), with the API's roles: reading for every staff member in scope; planning, announcing (the 7-day notice
 * rule) and moderating for the office; "held" for office and secretary; minutes for secretary and office; results
 * for office and leader.
 */
@AuditEntity('dialogue') // the same name as the API's rows
@StaffController('doi-thoai')
export class StaffDialoguesController {
  private readonly validation = createValidationPipe();

  constructor(
    private readonly frames: StaffFrameService,
    private readonly dialogues: DialoguesService,
    private readonly questions: DialogueQuestionsService,
    private readonly minutes: DialogueMinutesService,
    private readonly documents: DialogueDocumentsService,
    private readonly tasks: TasksService,
    private readonly org: OrgReader,
    private readonly scope: UnitScopeService,
  ) {}

  private async validate<T>(input: unknown, metatype: new () => T): Promise<T> {
    return (await this.validation.transform(input, { type: 'body', metatype })) as T;
  }

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
    const filter = await this.scope.unitFilter(user);
    const units = (await this.org.allUnits())
      .filter((u) => filter === 'all' || filter.includes(u.id))
      .map((u) => ({ id: u.id, name: u.name }));
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
        const dto = await this.validate(read.input, CreateDialogueDto);
        const d = await this.dialogues.create(user, dto);
        return seeOther(res, `${staffDialoguePath(d.id)}?xong=da-tao`);
      } catch (e) {
        errors = formable(e, dialogueFieldOf);
        status = this.statusOf(e);
      }
    }
    render(res, h(NewDialoguePage, { frame: await this.frames.of(user, req, res), choices, values, errors }), status);
  }

  /** The page of one dialogue, with a failed form's errors when given. */
  private async show(
    user: StaffUser,
    req: Request,
    res: Response,
    id: string,
    extra: { done?: string | null; failed?: FailedForm | null; confirmFinalize?: boolean; status?: number } = {},
  ): Promise<void> {
    privatePage(res);
    const d = await this.dialogues.get(user, dialogueId(id));
    const [questions, minutes, units] = await Promise.all([
      this.questions.list(user, d.id, {}),
      this.minutes.get(user, d.id).catch((e: unknown) => {
        if (e instanceof DomainError && e.status === 404) return null;
        throw e;
      }),
      this.assigneeUnits(user),
    ]);
    const taskStatus: Record<string, { status: string; label: string }> = {};
    for (const it of minutes?.items ?? []) {
      if (!it.taskId) continue;
      try {
        const t = await this.tasks.get(user, it.taskId);
        taskStatus[it.taskId] = { status: t.status, label: TASK_STATUS_LABELS[t.status as TaskStatus] ?? t.status };
      } catch (e) {
        if (!(e instanceof DomainError && e.status === 404)) throw e;
        taskStatus[it.taskId] = { status: 'open', label: 'giao đơn vị khác' };
      }
    }
    const roles = user.roles;
    render(
      res,
      h(DialoguePage, {
        frame: await this.frames.of(user, req, res),
        d,
        questions,
        minutes,
        units,
        taskStatus,
        can: {
          office: hasAnyRole(roles, ['office']),
          held: hasAnyRole(roles, ['office', 'secretary']),
          minutes: hasAnyRole(roles, ['secretary', 'office']),
          results: hasAnyRole(roles, ['office', 'leader']),
        },
        done: extra.done ?? null,
        failed: extra.failed ?? null,
        confirmFinalize: extra.confirmFinalize ?? false,
      }),
      extra.status ?? 200,
    );
  }

  /** Units a commitment may be assigned to: every unit (the service checks the assignee as the API does). */
  private async assigneeUnits(user: StaffUser): Promise<{ id: string; name: string }[]> {
    const filter = await this.scope.unitFilter(user);
    return (await this.org.allUnits())
      .filter((u) => filter === 'all' || filter.includes(u.id))
      .map((u) => ({ id: u.id, name: u.name }));
  }

  /** A failed post: the page again with the form's errors, the status the error says. */
  private async failed(
    user: StaffUser,
    req: Request,
    res: Response,
    id: string,
    form: string,
    errors: FormErrors,
    values: Record<string, string>,
    status: number,
  ): Promise<void> {
    return this.show(user, req, res, id, { failed: { form, errors, values }, status });
  }

  private statusOf(e: unknown): number {
    return e instanceof DomainError ? e.status : 400;
  }

  @Get(':id')
  async one(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Query() q: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.show(user, req, res, id, { done: str(q.xong) ?? null, confirmFinalize: q.khoa === '1' });
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
    try {
      await this.dialogues.publish(user, dialogueId(id));
      return seeOther(res, `${staffDialoguePath(id)}?xong=da-thong-bao`);
    } catch (e) {
      return this.failed(
        user,
        req,
        res,
        id,
        'publish',
        formable(e, () => null),
        {},
        this.statusOf(e),
      );
    }
  }

  /** Accept, reject with a reason, or merge into an accepted question (POST …/questions/:id/moderation). */
  @WebPost(':id/cau-hoi/:questionId')
  @StaffRoles('office')
  async moderate(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Param('questionId') questionId: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    dialogueId(id);
    if (!UUID.test(questionId)) throw new NotFoundError('Câu hỏi');
    const all = await this.questions.list(user, id, {});
    const index = all.findIndex((q) => q.id === questionId) + 1;
    if (index === 0) throw new NotFoundError('Câu hỏi');
    const fieldOf = (p: string) =>
      ({ action: `xu-ly-${index}`, reason: `ly-do-${index}`, mergeIntoId: `gop-${index}` })[p] ?? null;
    const input = moderationInput(body);
    try {
      if (!input.action) throw formErrorsAsProblem({ [`xu-ly-${index}`]: 'Chọn cách xử lý câu hỏi.' });
      const dto = await this.validate(input, ModerateQuestionDto);
      await this.questions.moderate(user, id, questionId, dto);
      return seeOther(res, `${staffDialoguePath(id)}?xong=da-xu-ly#cau-hoi`);
    } catch (e) {
      const errors = e instanceof LocalProblems ? e.errors : formable(e, fieldOf);
      return this.failed(user, req, res, id, `q:${questionId}`, errors, strings(body), this.statusOf(e));
    }
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
    try {
      const dto = await this.validate({ status: 'cancelled', ...(reason ? { reason } : {}) }, UpdateDialogueDto);
      await this.dialogues.update(user, dialogueId(id), dto);
      return seeOther(res, `${staffDialoguePath(id)}?xong=da-huy`);
    } catch (e) {
      const errors = formable(e, (p) => (p === 'reason' ? 'ly-do-huy' : null));
      return this.failed(user, req, res, id, 'cancel', errors, strings(body), this.statusOf(e));
    }
  }

  @WebPost(':id/da-to-chuc')
  @StaffRoles('office', 'secretary')
  async held(
    @CurrentStaff() user: StaffUser,
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      await this.dialogues.held(user, dialogueId(id));
      return seeOther(res, `${staffDialoguePath(id)}?xong=da-to-chuc`);
    } catch (e) {
      return this.failed(
        user,
        req,
        res,
        id,
        'held',
        formable(e, () => null),
        {},
        this.statusOf(e),
      );
    }
  }

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
    try {
      const dto = await this.validate(summary ? { summary } : {}, CreateDialogueMinutesDto);
      await this.minutes.create(user, dialogueId(id), dto);
      return seeOther(res, `${staffDialoguePath(id)}?xong=da-lap-bien-ban#bien-ban`);
    } catch (e) {
      const errors = formable(e, (p) => (p === 'summary' ? 'tom-tat' : null));
      return this.failed(user, req, res, id, 'minutes', errors, strings(body), this.statusOf(e));
    }
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
    dialogueId(id);
    const { input, problems } = minutesItemInput(body);
    try {
      if (Object.keys(problems).length > 0) throw formErrorsAsProblem(problems);
      const dto = await this.validate(input, MinutesItemDto);
      await this.minutes.addItem(user, id, dto);
      return seeOther(res, `${staffDialoguePath(id)}?xong=da-them#bien-ban`);
    } catch (e) {
      const errors = e instanceof LocalProblems ? e.errors : formable(e, minutesItemFieldOf);
      return this.failed(user, req, res, id, 'item', errors, strings(body), this.statusOf(e));
    }
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
    try {
      await this.minutes.finalize(user, dialogueId(id));
      return seeOther(res, `${staffDialoguePath(id)}?xong=da-khoa#bien-ban`);
    } catch (e) {
      return this.failed(
        user,
        req,
        res,
        id,
        'finalize',
        formable(e, () => null),
        {},
        this.statusOf(e),
      );
    }
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
    try {
      const dto = await this.validate({ summary: str(body.summary) ?? '' }, DialogueResultsDto);
      await this.dialogues.publishResults(user, dialogueId(id), dto);
      return seeOther(res, `${staffDialoguePath(id)}?xong=da-cong-bo#ket-qua`);
    } catch (e) {
      const errors = formable(e, (p) => (p === 'summary' ? 'ket-qua-tom-tat' : null));
      return this.failed(user, req, res, id, 'results', errors, strings(body), this.statusOf(e));
    }
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
    const doc = await this.documents.render(user, dialogueId(id), which, format === 'docx' ? 'docx' : 'pdf');
    res.setHeader('Content-Type', doc.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${doc.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(doc.body);
  }
}

/** Problems the page found itself (before the service), carried through the same catch as the service's. */
class LocalProblems extends Error {
  constructor(readonly errors: FormErrors) {
    super('form problems');
  }
}

function formErrorsAsProblem(problems: Record<string, string>): LocalProblems {
  return new LocalProblems(formErrors(problems));
}
