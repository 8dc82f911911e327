import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

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

  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /** Returns the job's result, or undefined when another run holds the lock. */
  async runExclusive<T>(name: string, job: () => Promise<T>): Promise<T | undefined> {
    if (this.runningHere.has(name)) return undefined;
    this.runningHere.add(name);
    try {
      if (this.ds.options.type !== 'postgres') return await job();
      const qr = this.ds.createQueryRunner();
      await qr.connect();
      try {
        const key = jobLockKey(name);
        const [{ locked }] = (await qr.query('SELECT pg_try_advisory_lock($1::bigint) AS locked', [key])) as {
          locked: boolean;
        }[];
        if (!locked) return undefined;
        try {
          return await job();
        } finally {
          await qr.query('SELECT pg_advisory_unlock($1::bigint)', [key]);
        }
      } finally {
        await qr.release();
      }
    } catch (err) {
      this.logger.error({ err, job: name }, 'Scheduled job failed');
      throw err;
    } finally {
      this.runningHere.delete(name);
    }
  }
}
