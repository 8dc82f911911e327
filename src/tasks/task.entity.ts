import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';
import type { PetitionType } from '../petitions/domain/petition-types.js';
import type { TaskStatus } from './domain/task-state.js';

/** Stored list bucket of a task: the filter `status=` of GET /tasks reads it through one index. */
export const TASK_QUEUES = ['open', 'overdue', 'done', 'returned'] as const;
export type TaskQueue = (typeof TASK_QUEUES)[number];

/** A follow-up task (nhiệm vụ xử lý) of a petition, assigned to a unit. */
@Entity({ name: 'tasks' })
export class TaskEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) petitionId: string;
  /** The petition's unit (who assigned it). */
  @Column({ type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 36 }) assigneeUnitId: string;
  @Column({ type: 'varchar', length: 4000 }) instruction: string;
  @Column({ type: 'varchar', length: 16 }) status: TaskStatus;
  @Column({ type: 'varchar', length: 16 }) queue: TaskQueue;
  @Column({ type: 'boolean', default: false }) overdue: boolean;
  @Column({ type: INSTANT }) dueAt: Date;
  @Column({ type: 'varchar', length: 1000, nullable: true }) reason: string | null;
  @Column({ type: 'text', nullable: true }) resultSummary: string | null;
  @Column({ type: 'boolean', default: false }) resultPublished: boolean;
  @Column({ type: INSTANT, nullable: true }) resultAt: Date | null;
  @Column({ type: 'date', nullable: true }) lastRemindedOn: string | null;
  @Column({ type: 'date', nullable: true }) lastEscalatedOn: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) createdBy: string | null;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: INSTANT }) updatedAt: Date;
  @Column({ type: INSTANT, nullable: true }) completedAt: Date | null;
}

@Entity({ name: 'task_events' })
export class TaskEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) taskId: string;
  /** 1, 2, … per task: the order of the history (unique). */
  @Column({ type: 'integer' }) seq: number;
  @Column({ type: 'varchar', length: 16 }) action: string;
  @Column({ type: 'varchar', length: 16 }) fromStatus: string;
  @Column({ type: 'varchar', length: 16 }) toStatus: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) fromUnitId: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) toUnitId: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) reason: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) byUserId: string | null;
  @Column({ type: INSTANT }) at: Date;
}

/** One reminder or escalation of a task on one local day (unique). */
@Entity({ name: 'task_alerts' })
export class TaskAlertEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) taskId: string;
  @Column({ type: 'varchar', length: 16 }) kind: 'reminder' | 'escalation';
  @Column({ type: 'date' }) onDay: string;
  @Column({ type: 'integer', default: 0 }) recipients: number;
  @Column({ type: INSTANT }) createdAt: Date;
}

/** Where a unit's task reminders (handlers) and escalations (head, office) are e-mailed. */
@Entity({ name: 'task_contacts' })
export class TaskContactEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 320, nullable: true }) headEmail: string | null;
  @Column({ type: 'varchar', length: 320, nullable: true }) officeEmail: string | null;
  @Column({ type: 'varchar', length: 320, nullable: true }) handlerEmail: string | null;
  @Column({ type: INSTANT }) updatedAt: Date;
}

/** A published answer: only what may be public (unit, type, subject, answer, date). */
@Entity({ name: 'public_results' })
export class PublicResultEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) taskId: string;
  @Column({ type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 200 }) unitName: string;
  @Column({ type: 'varchar', length: 16 }) petitionType: PetitionType;
  @Column({ type: 'varchar', length: 300 }) subject: string;
  @Column({ type: 'text' }) answer: string;
  @Column({ type: INSTANT }) publishedAt: Date;
}
