import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators.js';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-error.js';
import { newId } from '../common/ids.js';
import { pageOf } from '../common/pagination.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { OrgReader } from '../org/org-reader.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { PetitionDeadlinesService, taskDeadline } from '../petitions/petition-deadlines.service.js';
import { taskTimeliness } from '../petitions/domain/timeliness.js';
import { PetitionsService } from '../petitions/petitions.service.js';
import type { PetitionType } from '../petitions/domain/petition-types.js';
import {
  allowedActions,
  effectiveTaskDueAt,
  invalidTransitionMessage,
  isOverdue,
  mayPerform,
  type TaskAction,
  type TaskState,
  transition,
} from './domain/task-state.js';
import type { CreateTaskDto, TaskQuery, UpdateTaskDto } from './dto/task.dto.js';
import { TaskEntity, TaskEventEntity, type TaskQueue } from './task.entity.js';
import { PetitionProgressReporter } from './petition-progress.reporter.js';
import { taskEventView, taskView } from './task-view.js';
import { queueOf, TasksRepository } from './tasks.repository.js';
import { fail, failOnField } from '../common/errors/catalogue.js';
import { COMMON_ERRORS } from '../common/errors/common-errors.js';
import { ORG_ERRORS } from '../org/errors.js';
import { TASKS_ERRORS } from './errors.js';

/** The domain's view of a task. */
export function stateOf(t: TaskEntity): TaskState {
  return { status: t.status, assigneeUnitId: t.assigneeUnitId, dueAt: t.dueAt.toISOString(), reason: t.reason };
}

/** The queues of the task board by status filter, in the board's order: overdue first, then by due day. */
export const BOARD_QUEUES: Readonly<Record<string, readonly TaskQueue[]>> = {
  active: ['overdue', 'open'],
  overdue: ['overdue'],
  open: ['open'],
  returned: ['returned'],
  done: ['done'],
  all: ['overdue', 'open', 'returned', 'done'],
};

const QUEUES: Record<string, TaskQueue[] | undefined> = {
  open: ['open'],
  overdue: ['overdue'],
  done: ['done'],
  returned: ['returned'],
  active: ['open', 'overdue'],
  all: undefined,
};

@Injectable()
export class TasksService {
  constructor(
    private readonly repo: TasksRepository,
    private readonly petitions: PetitionsService,
    private readonly deadlines: PetitionDeadlinesService,
    private readonly org: OrgReader,
    private readonly scope: UnitScopeService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly progress: PetitionProgressReporter,
  ) {}

  /** A task the user may see: its assignee unit or its petition's unit is in scope (404 otherwise). */
  async requireVisible(user: AuthUser, id: string): Promise<TaskEntity> {
    const t = await this.repo.find(id);
    if (!t || !((await this.scope.inScope(user, t.assigneeUnitId)) || (await this.scope.inScope(user, t.unitId))))
      throw new NotFoundError('Nhiệm vụ');
    return t;
  }

  async create(user: AuthUser, petitionId: string, dto: CreateTaskDto) {
    await this.petitions.requireInScope(user, petitionId);
    const id = await this.tx.run((em) => this.createWithin(em, petitionId, dto, user.id));
    return this.get(user, id);
  }

  /**
   * Creates a task inside the caller's transaction (minutes and dialogues call it right after creating the petition).
   * Due: the petition's deadline (resolution step, else the latest) unless `dto.dueAt` is earlier. Returns the task id.
   */
  async createWithin(
    em: EntityManager,
    petitionId: string,
    dto: CreateTaskDto,
    actorId: string | null,
    opts: { dueAsCommitted?: boolean } = {},
  ): Promise<string> {
    const p = await this.petitions.find(petitionId, em);
    if (!p) throw new NotFoundError('Đơn');
    if (!(await this.org.findUnit(dto.assigneeUnitId))) {
      throw fail(ORG_ERRORS.UNIT_NOT_FOUND, {
        detail: 'Đơn vị được giao không tồn tại.',
        errors: [{ field: 'assigneeUnitId', message: 'Đơn vị không tồn tại.' }],
      });
    }
    const clock = await this.petitions.pausesAndExtensions(petitionId, em);
    const deadline = taskDeadline(await this.deadlines.compute(p, clock.pauses, clock.extensions));
    // A commitment made in public (dialogue minutes) keeps its own date: the petition filed to carry it has no
    // statutory resolution limit, and its acknowledgement step was met at the dialogue itself.
    const due =
      opts.dueAsCommitted && dto.dueAt ? dto.dueAt : effectiveTaskDueAt(deadline?.dueAt ?? null, dto.dueAt ?? null);
    if (!due)
      throw fail(TASKS_ERRORS.TASK_DUE_REQUIRED, { errors: [{ field: 'dueAt', message: 'Bắt buộc phải có.' }] });
    const instruction = (await this.petitions.scrubberFor(p, em))(dto.instruction.trim());
    const now = this.clock.now();
    const dueAt = new Date(due);
    const overdue = now.getTime() > dueAt.getTime();
    const task = Object.assign(new TaskEntity(), {
      id: newId(),
      petitionId,
      unitId: p.unitId,
      assigneeUnitId: dto.assigneeUnitId,
      instruction,
      status: 'open',
      queue: queueOf('open', overdue),
      overdue,
      dueAt,
      reason: null,
      resultSummary: null,
      resultPublished: false,
      resultAt: null,
      lastRemindedOn: null,
      lastEscalatedOn: null,
      createdBy: actorId,
      createdAt: now,
      updatedAt: now,
      completedAt: null,
    } satisfies TaskEntity);
    await this.repo.insert(em, task);
    await this.repo.insertEvent(
      em,
      this.event(task.id, {
        action: 'create',
        fromStatus: 'open',
        toStatus: 'open',
        toUnitId: task.assigneeUnitId,
        byUserId: actorId,
      }),
    );
    await this.storeTimeliness(em, petitionId);
    return task.id;
  }

  /**
   * Hands the summary of the petition's tasks (petitions/domain/timeliness.ts) to the petitions module, inside the
   * transaction of a task write: every write that creates a task or changes its completion calls it.
   */
  async storeTimeliness(em: EntityManager, petitionId: string): Promise<void> {
    await this.petitions.setTaskTimeliness(em, petitionId, async () =>
      taskTimeliness(await this.repo.timelinessFacts(em, petitionId)),
    );
  }

  private event(taskId: string, e: Partial<TaskEventEntity>): TaskEventEntity {
    return Object.assign(new TaskEventEntity(), {
      id: newId(),
      taskId,
      fromUnitId: null,
      toUnitId: null,
      reason: null,
      byUserId: null,
      at: this.clock.now(),
      ...e,
    });
  }

  async list(user: AuthUser, q: TaskQuery) {
    const page = pageOf(q);
    const userScope = await this.scope.unitFilter(user);
    // The assignee's own staff (or a parent unit) need no further filter: the index range is the answer.
    const assigneeInScope = q.assigneeUnitId ? await this.scope.inScope(user, q.assigneeUnitId) : false;
    const { items, total } = await this.repo.list({
      scope: assigneeInScope ? 'all' : userScope,
      assigneeUnitId: q.assigneeUnitId,
      unitId: q.unitId,
      queues: QUEUES[q.status ?? 'all'],
      sort: q.sort ?? 'dueAt',
      ...page,
    });
    return { items: items.map(taskView), total, ...page };
  }

  /**
   * The task board: the tasks assigned to the user's unit (every unit for a user without one), overdue first then by
   * due day, paged in SQL. `status` is a key of BOARD_QUEUES (default: active).
   */
  async board(user: AuthUser, f: { status?: string; type?: PetitionType; limit: number; offset: number }) {
    const { items, total, exact } = await this.repo.board({
      assigneeUnitId: user.unitId ?? 'all',
      queues: BOARD_QUEUES[f.status ?? 'active'] ?? BOARD_QUEUES.active!,
      type: f.type,
      limit: f.limit,
      offset: f.offset,
    });
    return { items: items.map(taskView), total, exact };
  }

  async get(user: AuthUser, id: string) {
    const t = await this.requireVisible(user, id);
    const p = await this.petitions.find(t.petitionId);
    const events = await this.repo.events(id);
    return {
      ...taskView(t),
      // The case as handlers work it: the stored content of a denunciation has the identity scrubbed.
      petition: p
        ? {
            id: p.id,
            type: p.type,
            subject: p.subject,
            content: p.content,
            receivedOn: p.receivedOn,
            identityProtected: p.type === 'denunciation',
          }
        : null,
      events: events.map(taskEventView),
    };
  }

  async forPetition(user: AuthUser, petitionId: string) {
    await this.petitions.requireInScope(user, petitionId);
    return (await this.repo.byPetition(petitionId)).map(taskView);
  }

  /** PATCH /tasks/:id: start, complete, return (with reason) or reassign (with reason). */
  async update(user: AuthUser, id: string, dto: UpdateTaskDto) {
    const t = await this.requireVisible(user, id);
    const reason = dto.reason?.trim() ?? '';
    let action: TaskAction;
    if (dto.assigneeUnitId) {
      if (!(await this.org.findUnit(dto.assigneeUnitId))) {
        throw fail(ORG_ERRORS.UNIT_NOT_FOUND, {
          detail: 'Đơn vị được giao không tồn tại.',
          errors: [{ field: 'assigneeUnitId', message: 'Đơn vị không tồn tại.' }],
        });
      }
      action = { type: 'reassign', toUnitId: dto.assigneeUnitId, reason };
    } else if (dto.status === 'in_progress') action = { type: 'start' };
    else if (dto.status === 'done') action = { type: 'complete' };
    else if (dto.status === 'returned') action = { type: 'return', reason };
    else
      throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
        detail: 'Cần nêu trạng thái mới hoặc đơn vị được giao mới.',
        errors: [{ field: 'status', message: 'Bắt buộc phải có.' }],
      });
    const actor = { userId: user.id, roles: user.roles, unitId: user.unitId };
    const state = stateOf(t);
    if (
      !mayPerform(state, action.type, actor) ||
      (action.type === 'reassign' && !(await this.scope.inScope(user, t.unitId)))
    )
      throw new ForbiddenError();
    const r = transition(state, action, actor);
    if (!r.ok) {
      if (r.code === 'INVALID_TASK_TRANSITION') {
        throw fail(TASKS_ERRORS.INVALID_TASK_TRANSITION, {
          detail: invalidTransitionMessage(state.status, action.type),
          extra: { currentStatus: state.status, allowedActions: allowedActions(state.status) },
        });
      }
      throw failOnField(TASKS_ERRORS[r.code], r.code === 'TASK_SAME_ASSIGNEE' ? 'assigneeUnitId' : 'reason');
    }
    const p = await this.petitions.find(t.petitionId);
    const scrubbed =
      r.event.reason && p ? (await this.petitions.scrubberFor(p))(r.event.reason) : (r.event.reason ?? null);
    const now = this.clock.now();
    const overdue = isOverdue(r.task, now);
    const changes: Partial<TaskEntity> = {
      status: r.task.status,
      assigneeUnitId: r.task.assigneeUnitId,
      overdue,
      queue: queueOf(r.task.status, overdue),
      updatedAt: now,
      ...(scrubbed !== null ? { reason: scrubbed } : {}),
      ...(r.task.status === 'done' ? { completedAt: now } : {}),
      ...(action.type === 'reassign' ? { lastRemindedOn: null, lastEscalatedOn: null } : {}),
    };
    await this.tx.run(async (em) => {
      if (!(await this.repo.updateIfStatus(em, id, t.status, changes))) throw fail(TASKS_ERRORS.TASK_CHANGED);
      await this.repo.insertEvent(
        em,
        this.event(id, {
          ...r.event,
          reason: scrubbed,
          fromUnitId: r.event.fromUnitId ?? null,
          toUnitId: r.event.toUnitId ?? null,
        }),
      );
      await this.storeTimeliness(em, t.petitionId);
    });
    await this.progress.report(t.petitionId);
    return this.get(user, id);
  }
}
