import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../common/errors/db-errors.js';
import { SeedLogEntity } from './seed-log.entity.js';
import { TransactionRunner } from './transaction.runner.js';

/**
 * Loads a named data set exactly once, even with several instances starting together: the seed_log row is written
 * first in the same transaction, so a second instance waits on it and then finds it taken.
 */
@Injectable()
export class SeedLogService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async isDone(name: string): Promise<boolean> {
    return (await this.ds.getRepository(SeedLogEntity).countBy({ name })) > 0;
  }

  /** Runs `load` once for `name`; returns false when it had already run. */
  async runOnce(name: string, load: (em: EntityManager) => Promise<void>): Promise<boolean> {
    if (await this.isDone(name)) return false;
    try {
      await this.tx.run(async (em) => {
        await em.getRepository(SeedLogEntity).insert({ name, appliedAt: new Date() });
        await load(em);
      });
      return true;
    } catch (e) {
      if (isUniqueViolation(e) && (await this.isDone(name))) return false;
      throw e;
    }
  }
}
