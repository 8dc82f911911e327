import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { nextPetitionProgress } from './domain/petition-status.js';
import { PETITION_TASKS_CHANGED, type PetitionTasksChangedEvent } from './petition-events.js';
import { PetitionsRepository } from './petitions.repository.js';

/** Advances a petition's status as its tasks progress (reported by the tasks module after commit). */
@Injectable()
export class PetitionStatusService {
  private readonly logger = new Logger('PetitionStatus');

  constructor(
    private readonly repo: PetitionsRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  @OnEvent(PETITION_TASKS_CHANGED, { async: true, promisify: true, suppressErrors: true })
  async onTasksChanged(event: PetitionTasksChangedEvent): Promise<void> {
    try {
      await this.apply(event);
    } catch (err) {
      this.logger.error({ err, petitionId: event.petitionId }, 'Could not advance the status of a petition');
    }
  }

  /** Applies one report; returns the new status, or null when it changed nothing. */
  async apply(event: PetitionTasksChangedEvent): Promise<string | null> {
    return this.tx.run(async (em) => {
      const p = await this.repo.find(event.petitionId, em);
      if (!p) return null;
      const next = nextPetitionProgress({ status: p.status, acceptedOn: p.acceptedOn }, event.facts);
      if (!next) return null;
      Object.assign(p, { status: next.status, acceptedOn: next.acceptedOn, updatedAt: this.clock.now() });
      await this.repo.save(em, p);
      return next.status;
    });
  }
}
