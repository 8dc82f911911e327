import { Inject, Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager, In } from 'typeorm';
import type { PetitionType } from '../petitions/domain/petition-types.js';
import type { TaskStatus } from './domain/task-state.js';
import {
  PublicResultEntity,
  TaskAlertEntity,
  TaskContactEntity,
  TaskEntity,
  TaskEventEntity,
  type TaskQueue,
} from './task.entity.js';

/** Filters of the published results (every one optional). `to` is exclusive. */
export interface PublicResultFilter {
  unitIds?: string[];
  type?: PetitionType;
  from?: Date;
  to?: Date;
}

export interface TaskListFilter {
  /** Units whose tasks (as assignee or as the petition's unit) the user sees. */
  scope: string[] | 'all';
  assigneeUnitId?: string;
  unitId?: string;
  queues?: TaskQueue[];
  sort: 'dueAt' | '-dueAt' | 'createdAt' | '-createdAt';
  limit: number;
  offset: number;
}

/** The task board of a unit: its queues in the board's order (overdue first), optionally one petition type. */
export interface TaskBoardFilter {
  /** The assignee unit, or 'all' (a user without a unit: admin). */
  assigneeUnitId: string | 'all';
  /** Queues to list, in the order they are shown (each one by due day). */
  queues: readonly TaskQueue[];
  type?: PetitionType;
  limit: number;
  offset: number;
}

/** The stored list bucket of a task. */
export function queueOf(status: TaskStatus, overdue: boolean): TaskQueue {
  if (status === 'done') return 'done';
  if (status === 'returned') return 'returned';
  return overdue ? 'overdue' : 'open';
}

@Injectable()
export class TasksRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  find(id: string, em?: EntityManager): Promise<TaskEntity | null> {
    return (em ?? this.ds.manager).getRepository(TaskEntity).findOneBy({ id });
  }

  byPetition(petitionId: string): Promise<TaskEntity[]> {
    return this.ds.getRepository(TaskEntity).find({ where: { petitionId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * One page. With `assigneeUnitId` and one queue this is a range scan of ix_tasks_assignee_queue_due (or _created):
   * equality on (assignee_unit_id, queue), then due_at, id in index order.
   */
  async list(f: TaskListFilter): Promise<{ items: TaskEntity[]; total: number }> {
    const qb = this.ds.getRepository(TaskEntity).createQueryBuilder('t');
    if (f.assigneeUnitId) qb.andWhere('t.assignee_unit_id = :a', { a: f.assigneeUnitId });
    if (f.unitId) qb.andWhere('t.unit_id = :u', { u: f.unitId });
    if (f.scope !== 'all') {
      const ids = f.scope.length ? f.scope : ['-'];
      qb.andWhere(
        new Brackets((w) =>
          w.where('t.assignee_unit_id IN (:...ids)', { ids }).orWhere('t.unit_id IN (:...ids)', { ids }),
        ),
      );
    }
    if (f.queues?.length === 1) qb.andWhere('t.queue = :q', { q: f.queues[0] });
    else if (f.queues?.length) qb.andWhere('t.queue IN (:...qs)', { qs: f.queues });
    const col = f.sort.endsWith('createdAt') ? 't.created_at' : 't.due_at';
    const dir = f.sort.startsWith('-') ? 'DESC' : 'ASC';
    qb.orderBy(col, dir).addOrderBy('t.id', dir).limit(f.limit).offset(f.offset);
    const countQb = qb.clone().orderBy().limit(undefined).offset(undefined).select('COUNT(*)', 'n');
    const items = await qb.getMany();
    const row = await countQb.getRawOne<{ n: string | number }>();
    return { items, total: Number(row?.n ?? 0) };
  }

  /** Due and completion instants of a petition's tasks (the summary the petition stores for the report). */
  timelinessFacts(em: EntityManager, petitionId: string): Promise<Pick<TaskEntity, 'dueAt' | 'completedAt'>[]> {
    return em.getRepository(TaskEntity).find({ select: { dueAt: true, completedAt: true }, where: { petitionId } });
  }

  /**
   * One page of a task board, paged in SQL: the queues one after the other (overdue first), each a range scan of
   * ix_tasks_assignee_queue_due (or ix_tasks_queue_due without a unit) in due order; with a petition type, the rows
   * are joined to their petition by its primary key. Each queue is counted up to `max(countCap, offset + limit)` rows
   * only (a unit may have tens of thousands of old overdue tasks): `exact` is false when a queue has more, and the page
   * then lies inside the counted part of that queue.
   */
  async board(
    f: TaskBoardFilter & { countCap?: number },
  ): Promise<{ items: TaskEntity[]; total: number; exact: boolean }> {
    const base = (queue: TaskQueue) => {
      const qb = this.ds.getRepository(TaskEntity).createQueryBuilder('t').where('t.queue = :q', { q: queue });
      if (f.assigneeUnitId !== 'all') qb.andWhere('t.assignee_unit_id = :a', { a: f.assigneeUnitId });
      if (f.type) qb.innerJoin('petitions', 'p', 'p.id = t.petition_id').andWhere('p.type = :ty', { ty: f.type });
      return qb;
    };
    const cap = Math.max(f.countCap ?? 1000, f.offset + f.limit);
    const counts: number[] = [];
    for (const queue of f.queues) {
      const [sql, params] = base(queue)
        .select('1')
        .limit(cap + 1)
        .getQueryAndParameters();
      const rows = await this.ds.query<{ n: string | number }[]>(`SELECT COUNT(*) AS n FROM (${sql}) c`, params);
      counts.push(Number(rows[0]?.n ?? 0));
    }
    const items: TaskEntity[] = [];
    let skip = f.offset;
    for (let i = 0; i < f.queues.length && items.length < f.limit; i += 1) {
      const n = counts[i]!;
      if (skip >= n) {
        skip -= n;
        continue;
      }
      // The ids first (the covering index skips `offset` entries without reading the rows), then those rows.
      const ids = (
        await base(f.queues[i]!)
          .select('t.id', 'id')
          .orderBy('t.due_at', 'ASC')
          .addOrderBy('t.id', 'ASC')
          .limit(f.limit - items.length)
          .offset(skip)
          .getRawMany<{ id: string }>()
      ).map((r) => r.id);
      const rows = ids.length ? await this.ds.getRepository(TaskEntity).findBy({ id: In(ids) }) : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      items.push(...ids.map((id) => byId.get(id)!).filter(Boolean));
      skip = 0;
    }
    const exact = counts.every((n) => n <= cap);
    return { items, total: counts.reduce((a, n) => a + Math.min(n, cap), 0), exact };
  }

  insert(em: EntityManager, t: TaskEntity): Promise<unknown> {
    return em.getRepository(TaskEntity).insert(t);
  }

  /** Writes the new state only if the task is still in `expectedStatus` (no lost update); returns success. */
  async updateIfStatus(
    em: EntityManager,
    id: string,
    expectedStatus: TaskStatus,
    changes: Partial<TaskEntity>,
  ): Promise<boolean> {
    const r = await em
      .getRepository(TaskEntity)
      .createQueryBuilder()
      .update()
      .set(changes)
      .where('id = :id AND status = :s', { id, s: expectedStatus })
      .execute();
    return (r.affected ?? 0) > 0;
  }

  /** Appends to the task's history with the next sequence number. */
  async insertEvent(em: EntityManager, e: TaskEventEntity): Promise<unknown> {
    const row = await em
      .getRepository(TaskEventEntity)
      .createQueryBuilder('e')
      .select('MAX(e.seq)', 'max')
      .where('e.task_id = :id', { id: e.taskId })
      .getRawOne<{ max: number | string | null }>();
    e.seq = Number(row?.max ?? 0) + 1;
    return em.getRepository(TaskEventEntity).insert(e);
  }

  events(taskId: string): Promise<TaskEventEntity[]> {
    return this.ds.getRepository(TaskEventEntity).find({ where: { taskId }, order: { seq: 'ASC' } });
  }

  /** Active tasks past due that are not yet flagged: flags them (one set-based UPDATE). */
  async markOverdue(em: EntityManager, now: Date): Promise<number> {
    const r = await em
      .getRepository(TaskEntity)
      .createQueryBuilder()
      .update()
      .set({ overdue: true, queue: 'overdue', updatedAt: now })
      .where("queue = 'open' AND due_at < :now", { now })
      .execute();
    return r.affected ?? 0;
  }

  /** Overdue tasks not yet escalated on `day`, in due order. */
  toEscalate(day: string, limit: number, afterId: string): Promise<TaskEntity[]> {
    return this.ds
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where(
        "t.queue = 'overdue' AND (t.last_escalated_on IS NULL OR t.last_escalated_on <> :day) AND t.id > :afterId",
        { day, afterId },
      )
      .orderBy('t.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Open tasks due before `until` not yet reminded on `day`. */
  toRemind(day: string, until: Date, limit: number, afterId: string): Promise<TaskEntity[]> {
    return this.ds
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where(
        "t.queue = 'open' AND t.due_at < :until AND (t.last_reminded_on IS NULL OR t.last_reminded_on <> :day) AND t.id > :afterId",
        { until, day, afterId },
      )
      .orderBy('t.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  insertAlert(em: EntityManager, a: TaskAlertEntity): Promise<unknown> {
    return em.getRepository(TaskAlertEntity).insert(a);
  }

  alerts(taskId: string): Promise<TaskAlertEntity[]> {
    return this.ds.getRepository(TaskAlertEntity).find({ where: { taskId }, order: { onDay: 'ASC', kind: 'ASC' } });
  }

  async setAlertDay(em: EntityManager, id: string, kind: 'reminder' | 'escalation', day: string): Promise<void> {
    await em
      .getRepository(TaskEntity)
      .update({ id }, kind === 'reminder' ? { lastRemindedOn: day } : { lastEscalatedOn: day });
  }

  contacts(unitId: string, em?: EntityManager): Promise<TaskContactEntity | null> {
    return (em ?? this.ds.manager).getRepository(TaskContactEntity).findOneBy({ unitId });
  }

  saveContacts(em: EntityManager, c: TaskContactEntity): Promise<TaskContactEntity> {
    return em.getRepository(TaskContactEntity).save(c);
  }

  insertPublicResult(em: EntityManager, r: PublicResultEntity): Promise<unknown> {
    return em.getRepository(PublicResultEntity).insert(r);
  }

  async publicResults(
    f: PublicResultFilter,
    limit: number,
    offset: number,
  ): Promise<{ items: PublicResultEntity[]; total: number }> {
    const qb = this.ds.getRepository(PublicResultEntity).createQueryBuilder('r');
    if (f.unitIds) qb.andWhere(f.unitIds.length ? 'r.unit_id IN (:...unitIds)' : '1 = 0', { unitIds: f.unitIds });
    if (f.type) qb.andWhere('r.petition_type = :type', { type: f.type });
    if (f.from) qb.andWhere('r.published_at >= :from', { from: f.from });
    if (f.to) qb.andWhere('r.published_at < :to', { to: f.to });
    const [items, total] = await qb
      .orderBy('r.published_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    return { items, total };
  }
}
