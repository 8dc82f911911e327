import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { processLifecycle } from '../common/lifecycle/lifecycle.js';
import { Metrics } from '../common/metrics/metrics.js';

/** A stable 63-bit advisory-lock key for a job name. */
export function jobLockKey(name: string): string {
  return BigInt.asIntN(64, BigInt('0x' + createHash('sha256').update(name).digest('hex').slice(0, 16))).toString();
}

/**
 * Runs a scheduled job on one instance only. On PostgreSQL a session advisory lock is tried (never waited for): the
 * instance that gets it runs the job, the others skip this round. SQLite is single-process: an in-process flag suffices.
 */
@Injectable()
export class JobLockService {
  private readonly logger = new Logger('Jobs');
  private readonly runningHere = new Set<string>();

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Optional() @Inject(Metrics) private readonly metrics?: Metrics,
  ) {}

  /**
   * Returns the job's result, or undefined when another run holds the lock or the process is shutting down (no job
   * starts after SIGTERM; a running one finishes before the database closes).
   */
  async runExclusive<T>(name: string, job: () => Promise<T>): Promise<T | undefined> {
    if (this.runningHere.has(name) || processLifecycle.stopping) {
      this.metrics?.jobRuns.inc({ job: name, result: 'skipped' });
      return undefined;
    }
    this.runningHere.add(name);
    try {
      const result = await this.locked(name, job);
      this.metrics?.jobRuns.inc({ job: name, result: result.ran ? 'ok' : 'skipped' });
      return result.value;
    } catch (err) {
      this.metrics?.jobRuns.inc({ job: name, result: 'failed' });
      this.logger.error({ err, job: name }, 'Scheduled job failed');
      throw err;
    } finally {
      this.runningHere.delete(name);
    }
  }

  private async locked<T>(name: string, job: () => Promise<T>): Promise<{ ran: boolean; value?: T }> {
    if (this.ds.options.type !== 'postgres') return { ran: true, value: await job() };
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    try {
      const key = jobLockKey(name);
      const [{ locked }] = (await qr.query('SELECT pg_try_advisory_lock($1::bigint) AS locked', [key])) as {
        locked: boolean;
      }[];
      if (!locked) return { ran: false };
      try {
        return { ran: true, value: await job() };
      } finally {
        await qr.query('SELECT pg_advisory_unlock($1::bigint)', [key]);
      }
    } finally {
      await qr.release();
    }
  }
}
