import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import type { EntityManager } from 'typeorm';
import { nextPetitionProgress, type PetitionTasksFacts } from './domain/petition-status.js';
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
    return this.tx.run((em) => this.applyWithin(em, event.petitionId, event.facts));
  }

  /** Same, inside the caller's transaction (the demo data builds petitions and tasks in one). */
  async applyWithin(em: EntityManager, petitionId: string, facts: PetitionTasksFacts): Promise<string | null> {
    const p = await this.repo.find(petitionId, em);
    if (!p) return null;
    const next = nextPetitionProgress({ status: p.status, acceptedOn: p.acceptedOn }, facts);
    if (!next) return null;
    Object.assign(p, { status: next.status, acceptedOn: next.acceptedOn, updatedAt: this.clock.now() });
    await this.repo.save(em, p);
    return next.status;
  }
}
