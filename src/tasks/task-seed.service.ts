import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newId } from '../common/ids.js';
import type { PetitionTasksFacts } from '../petitions/domain/petition-status.js';
import { petitionTasksFacts } from './petition-progress.reporter.js';
import { PublicResultEntity, TaskEventEntity } from './task.entity.js';
import { queueOf, TasksRepository } from './tasks.repository.js';
import { TasksService } from './tasks.service.js';

/** A demo task taken to "in progress", or to "done" with a published answer. */
export interface DemoTaskProgress {
  taskId: string;
  stage: 'in_progress' | 'answered';
  /** For "answered": the public result's lines. */
  answer?: string;
  unitId: string;
  unitName: string;
  petitionType: string;
  subject: string;
}

/**
 * The demo loader (src/seed) moves tasks through here, inside its own `SeedLogService.runOnce` transaction: the tasks
 * module stays the only writer of the tasks, task_events and public_results tables.
 */
@Injectable()
export class TaskSeedService {
  constructor(
    private readonly repo: TasksRepository,
    private readonly tasks: TasksService,
  ) {}

  async advanceWithin(em: EntityManager, t: DemoTaskProgress, now: Date): Promise<void> {
    await this.repo.updateIfStatus(em, t.taskId, 'open', {
      status: 'in_progress',
      queue: queueOf('in_progress', false),
      updatedAt: now,
    });
    await this.repo.insertEvent(em, this.event(t.taskId, 'start', 'open', 'in_progress', now));
    if (t.stage !== 'answered') return;
    await this.repo.updateIfStatus(em, t.taskId, 'in_progress', {
      status: 'done',
      overdue: false,
      queue: queueOf('done', false),
      resultSummary: t.answer!,
      resultPublished: true,
      resultAt: now,
      completedAt: now,
      updatedAt: now,
    });
    await this.repo.insertEvent(em, this.event(t.taskId, 'complete', 'in_progress', 'done', now));
    await this.tasks.storeTimeliness(em, (await this.repo.find(t.taskId, em))!.petitionId);
    await this.repo.insertPublicResult(
      em,
      Object.assign(new PublicResultEntity(), {
        id: newId(),
        taskId: t.taskId,
        unitId: t.unitId,
        unitName: t.unitName,
        petitionType: t.petitionType,
        subject: t.subject,
        answer: t.answer!,
        publishedAt: now,
      }),
    );
  }

  /** What the petition's status follows from this one task, on a local date. */
  async factsWithin(em: EntityManager, taskId: string, on: string): Promise<PetitionTasksFacts> {
    return petitionTasksFacts([(await this.repo.find(taskId, em))!], on);
  }

  private event(taskId: string, action: string, fromStatus: string, toStatus: string, at: Date): TaskEventEntity {
    return Object.assign(new TaskEventEntity(), {
      id: newId(),
      taskId,
      seq: 0,
      action,
      fromStatus,
      toStatus,
      fromUnitId: null,
      toUnitId: null,
      reason: null,
      byUserId: null,
      at,
    });
  }
}
