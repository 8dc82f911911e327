import { Body, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AuditEntity } from '../../../audit/audit.decorator.js';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { DomainError } from '../../../common/errors/domain-error.js';
import { UuidPipe } from '../../../common/validation/uuid.pipe.js';
import { OrgReader } from '../../../org/org-reader.service.js';
import { allowedActions, mayPerform, type TaskAction } from '../../../tasks/domain/task-state.js';
import { TaskResultsService } from '../../../tasks/task-results.service.js';
import { TasksService } from '../../../tasks/tasks.service.js';
import { formErrors, formErrorsFrom, type FormErrors } from '../../common/form-errors.js';
import { PAGE_HOLE, PreparedPage, sendPage } from '../../common/page-cache.js';
import { privatePage, render, renderPage, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { CurrentStaff, StaffController, StaffRoles, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { boardFilter } from './domain/task-board.js';
import { TaskBoardPage } from './task-board.page.js';
import { TaskBoardPages } from './task-board-pages.js';
import { TaskBoardReader } from './task-board.reader.js';
import { type TaskMay, TaskPage, type TaskPageProps } from './task.page.js';
import { taskPath } from './task-paths.js';

const str = (v: unknown, max: number): string => (typeof v === 'string' ? v.normalize('NFC').trim().slice(0, max) : '');
type Form = NonNullable<TaskPageProps['form']>;

/**
 * `/can-bo/cong-viec`: the task board of the user's unit and the task pages, on the same services as the API (GET
 * /tasks, GET and PATCH /tasks/:id, POST /tasks/:id/result): another unit's task answers the services' 404. Any staff
 * member reads (as GET /tasks); writes need a handler (start, give back, finish) or the office/leader (reassign), and
 * the services check the rest (`mayPerform`: handlers of the assignee unit).
 */
@AuditEntity('task') // the same name as the API's rows
@StaffController('cong-viec')
export class TaskBoardController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly tasks: TasksService,
    private readonly results: TaskResultsService,
    private readonly reader: TaskBoardReader,
    private readonly org: OrgReader,
    private readonly pages: TaskBoardPages,
  ) {}

  @Get()
  async board(
    @CurrentStaff() user: StaffUser,
    @Query() q: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const filter = boardFilter(q);
    const frame = await this.frames.of(user, req, res);
    // Kept per person and URL until a task changes (TaskBoardPages): rendered once with a hole where the CSRF token
    // goes, then filled per request.
    const page = await this.pages.page(user, req.originalUrl, async () => {
      const found = await this.reader.board(user, filter);
      return PreparedPage.of(
        renderPage(
          h(TaskBoardPage, {
            frame: { ...frame, csrf: PAGE_HOLE },
            filter: { ...filter, page: found.paging.page },
            ...found,
          }),
        ),
        PAGE_HOLE,
      );
    });
    sendPage(req, res, page!, frame.csrf);
  }

  @Get(':id')
  async task(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Query('xong') done: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.show(user, id, req, res, { done: str(done, 20) || null });
  }

  @WebPost(':id/bat-dau')
  @StaffRoles('handler')
  async start(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.act(
      user,
      id,
      req,
      res,
      'tra-lai',
      {},
      () => this.tasks.update(user, id, { status: 'in_progress' }),
      'bat-dau',
    );
  }

  @WebPost(':id/tra-lai')
  @StaffRoles('handler')
  async giveBack(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const reason = str(body.reason, 1000);
    const typed = { reason };
    if (!reason) return this.refuse(user, id, req, res, 'tra-lai', typed, { 'ly-do-tra-lai': 'Nhập lý do trả lại.' });
    await this.act(user, id, req, res, 'tra-lai', typed, () =>
      this.tasks.update(user, id, { status: 'returned', reason }),
    );
  }

  @WebPost(':id/giao-lai')
  @StaffRoles('office', 'leader')
  async reassign(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const typed = { assigneeUnitId: str(body.assigneeUnitId, 36), reason: str(body.reason, 1000) };
    const bad: Record<string, string> = {};
    if (!typed.assigneeUnitId) bad.assigneeUnitId = 'Chọn đơn vị được giao mới.';
    if (!typed.reason) bad['ly-do-giao-lai'] = 'Nhập lý do giao lại.';
    if (Object.keys(bad).length) return this.refuse(user, id, req, res, 'giao-lai', typed, bad);
    await this.act(user, id, req, res, 'giao-lai', typed, () =>
      this.tasks.update(user, id, { assigneeUnitId: typed.assigneeUnitId, reason: typed.reason }),
    );
  }

  @WebPost(':id/ket-qua')
  @StaffRoles('handler')
  async finish(
    @CurrentStaff() user: StaffUser,
    @Param('id', UuidPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const typed = { summary: str(body.summary, 10000), publish: body.publish === 'true' ? 'true' : '' };
    if (!typed.summary)
      return this.refuse(user, id, req, res, 'ket-qua', typed, {
        summary: 'Nhập kết quả giải quyết (nội dung trả lời).',
      });
    const publish = typed.publish === 'true';
    await this.act(
      user,
      id,
      req,
      res,
      'ket-qua',
      typed,
      () => this.results.record(user, id, { summary: typed.summary, publish }),
      publish ? 'cong-khai' : 'ket-qua',
    );
  }

  /** Runs a change; on success 303 back to the task, on a domain error (400/409/422) the page with the form's errors. */
  private async act(
    user: StaffUser,
    id: string,
    req: Request,
    res: Response,
    form: Form,
    typed: Record<string, string>,
    change: () => Promise<unknown>,
    done: string = form,
  ): Promise<void> {
    try {
      await change();
    } catch (e) {
      const errors =
        e instanceof DomainError && [400, 409, 422].includes(e.status) ? formErrorsFrom(e, fieldOf(form)) : null;
      if (!errors) throw e;
      return this.show(user, id, req, res, { form, typed, errors }, (e as DomainError).status);
    }
    seeOther(res, `${taskPath(id)}?xong=${done}`);
  }

  private refuse(
    user: StaffUser,
    id: string,
    req: Request,
    res: Response,
    form: Form,
    typed: Record<string, string>,
    bad: Record<string, string>,
  ): Promise<void> {
    return this.show(user, id, req, res, { form, typed, errors: formErrors(bad) }, 400);
  }

  private async show(
    user: StaffUser,
    id: string,
    req: Request,
    res: Response,
    extra: { form?: Form; typed?: Record<string, string>; errors?: FormErrors | null; done?: string | null },
    status = 200,
  ): Promise<void> {
    privatePage(res);
    const task = await this.tasks.get(user, id);
    const [frame, clocks] = await Promise.all([this.frames.of(user, req, res), this.reader.clocks([task])]);
    const clock = clocks.get(task.id)!;
    const unitIds = new Set<string>([task.assigneeUnitId, task.unitId]);
    for (const ev of task.events) for (const u of [ev.fromUnitId, ev.toUnitId]) if (u) unitIds.add(u);
    const units = new Map<string, string>();
    for (const u of unitIds) units.set(u, await this.reader.unitName(u));
    const people = await this.reader.people(task.events.map((ev) => ev.byUserId));
    const may = this.mayOf(user, task);
    const allUnits = may.reassign ? await this.org.allUnits() : [];
    render(
      res,
      h(TaskPage, {
        frame,
        task,
        clock,
        assigneeName: units.get(task.assigneeUnitId) ?? '',
        assignerName: units.get(task.unitId) ?? '',
        names: { people, units },
        may,
        units: allUnits
          .filter((u) => u.id !== task.assigneeUnitId)
          .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
          .map((u) => ({ value: u.id, label: u.name })),
        ...extra,
      }),
      status,
    );
  }

  /** The buttons this person sees: the task's state machine and `mayPerform`, as the service will check them. */
  private mayOf(
    user: StaffUser,
    t: { status: TaskPageProps['task']['status']; assigneeUnitId: string; dueAt: string; result: unknown },
  ): TaskMay {
    const actor = { userId: user.id, roles: user.roles, unitId: user.unitId };
    const state = { status: t.status, assigneeUnitId: t.assigneeUnitId, dueAt: t.dueAt };
    const can = (a: TaskAction['type']) => allowedActions(t.status).includes(a) && mayPerform(state, a, actor);
    const handler = user.roles.includes('handler') || user.roles.includes('admin');
    const office = user.roles.includes('office') || user.roles.includes('leader') || user.roles.includes('admin');
    return {
      start: handler && can('start'),
      giveBack: handler && can('return'),
      reassign: office && can('reassign'),
      finish:
        handler &&
        !t.result &&
        (t.status === 'open' || t.status === 'in_progress') &&
        mayPerform(state, 'complete', actor),
    };
  }
}

/** API field → id of the field that shows it on each form. */
function fieldOf(form: Form): (apiPath: string) => string | null {
  return (path) => {
    if (path === 'reason') return form === 'tra-lai' ? 'ly-do-tra-lai' : form === 'giao-lai' ? 'ly-do-giao-lai' : null;
    if (path === 'assigneeUnitId') return form === 'giao-lai' ? 'assigneeUnitId' : null;
    if (path === 'summary') return form === 'ket-qua' ? 'summary' : null;
    return null;
  };
}
