import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Clock } from '../common/time/clock.js';
import { DEFAULT_TIME_ZONE, localDateOf } from '../petitions/domain/local-day.js';
import type { PetitionTasksFacts } from '../petitions/domain/petition-status.js';
import { PETITION_TASKS_CHANGED, type PetitionTasksChangedEvent } from '../petitions/petition-events.js';
import { isActive } from './domain/task-state.js';
import type { TaskEntity } from './task.entity.js';
import { TasksRepository } from './tasks.repository.js';

/** Counts a petition's tasks for the petitions module. Pure. */
export function petitionTasksFacts(
  tasks: readonly Pick<TaskEntity, 'status' | 'resultAt'>[],
  on: string,
): PetitionTasksFacts {
  const done = tasks.filter((t) => t.status === 'done').length;
  const begun = tasks.some((t) => t.status === 'in_progress' || t.status === 'done');
  return {
    active: tasks.filter((t) => isActive(t)).length,
    done,
    answered: tasks.filter((t) => t.resultAt !== null).length,
    startedOn: begun ? on : null,
    on,
  };
}

/**
 * Tells the petitions module, after a task change has committed, how the petition's tasks stand; the petitions module
 * decides the petition's status (tasks never write the petitions table).
 */
@Injectable()
export class PetitionProgressReporter {
  constructor(
    private readonly repo: TasksRepository,
    private readonly clock: Clock,
    private readonly events: EventEmitter2,
  ) {}

  async report(petitionId: string): Promise<void> {
    const now = this.clock.now();
    const facts = petitionTasksFacts(await this.repo.byPetition(petitionId), localDateOf(now, DEFAULT_TIME_ZONE));
    this.events.emit(PETITION_TASKS_CHANGED, {
      petitionId,
      facts,
      at: now.toISOString(),
    } satisfies PetitionTasksChangedEvent);
  }
}
