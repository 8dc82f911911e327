import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators.js';
import { mapDbError } from '../common/errors/db-errors.js';
import { DomainError } from '../common/errors/domain-error.js';
import { DatabaseBusyError, DatabaseStorageFullError, DatabaseUnavailableError } from '../database/database-errors.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { fail } from '../common/errors/catalogue.js';
import { COMMON_ERRORS } from '../common/errors/common-errors.js';
import { processLifecycle } from '../common/lifecycle/lifecycle.js';
import { HealthOutput, LivenessOutput, ReadinessOutput } from './dto/health.output.js';

/** Below this much free space on the SQLite file's filesystem, after a storage failure, the disk counts as full. */
export const MIN_FREE_BYTES = 1024 * 1024;

/** Free bytes for unprivileged writers on the filesystem holding `dir` (Infinity when it cannot be told). */
function freeBytes(dir: string): number {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The longest health waits for the database, whatever the configured query time-outs. */
export const HEALTH_TIMEOUT_MS = 5_000;

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(TransactionRunner) private readonly tx: TransactionRunner,
  ) {}

  /**
   * Liveness with a database round trip; 503 problem details (with Retry-After) when the database cannot take writes:
   * unreachable or silent (`DATABASE_UNAVAILABLE`, `DATABASE_TIMEOUT`), SQLite disk full (`DATABASE_STORAGE_FULL`).
   */
  @ApiOperation({ summary: 'Kiểm tra hoạt động của dịch vụ và cơ sở dữ liệu' })
  @ApiOkResponse({ type: HealthOutput })
  @Get()
  @Public()
  async health(): Promise<{ status: 'ok' }> {
    await this.bounded(this.ds.query('SELECT 1'));
    const guard = this.tx.sqliteGuard;
    // After a failed commit (disk full, I/O error) or with a connection stuck in a transaction, "SELECT 1" still works:
    // only a write tells whether commits are durable again. Setting user_version to its own value rewrites the
    // database's first page, so its commit appends a page to the WAL like any write, and changes nothing.
    if (guard && (guard.lastStorageFailure || guard.isBroken)) {
      // A small commit can still fit in WAL space SQLite reuses while the disk is full: ask the filesystem first.
      const file = String(this.ds.options.database ?? '');
      if (guard.lastStorageFailure && file !== ':memory:' && freeBytes(dirname(file)) < MIN_FREE_BYTES)
        throw new DatabaseStorageFullError();
      await this.bounded(
        this.tx.run(async (em) => {
          const [row] = (await em.query('PRAGMA user_version')) as { user_version: number }[];
          await em.query(`PRAGMA user_version = ${Number(row?.user_version ?? 0)}`);
        }),
      );
    }
    return { status: 'ok' };
  }

  /**
   * Liveness: the process runs and its event loop answers. No database round trip: a database outage must not get
   * the process restarted (readiness takes it out of the load balancer instead).
   */
  @ApiOperation({ summary: 'Kiểm tra tiến trình còn hoạt động (liveness)' })
  @ApiOkResponse({ type: LivenessOutput })
  @Get('live')
  @Public()
  live(): LivenessOutput {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  /**
   * Readiness: 200 when this instance can serve requests; 503 problem details while it starts (migrations, answered
   * by the boot gate in main.ts), while it shuts down (`SERVICE_STOPPING`) and while the database is unreachable.
   */
  @ApiOperation({ summary: 'Kiểm tra phiên bản dịch vụ sẵn sàng nhận yêu cầu (readiness)' })
  @ApiOkResponse({ type: ReadinessOutput })
  @Get('ready')
  @Public()
  async ready(): Promise<ReadinessOutput> {
    if (processLifecycle.phase === 'stopping') throw fail(COMMON_ERRORS.SERVICE_STOPPING);
    if (processLifecycle.phase === 'starting') throw fail(COMMON_ERRORS.SERVICE_STARTING);
    await this.bounded(this.ds.query('SELECT 1'));
    return { status: 'ready' };
  }

  private async bounded<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DatabaseUnavailableError('DATABASE_TIMEOUT')), HEALTH_TIMEOUT_MS);
    });
    try {
      return await Promise.race([work, timeout]);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      const mapped = mapDbError(error);
      if (mapped?.code === 'DATABASE_STORAGE_FULL') throw new DatabaseStorageFullError();
      if (mapped?.code === 'DATABASE_BUSY') throw new DatabaseBusyError();
      if (mapped?.code === 'DATABASE_TIMEOUT') throw new DatabaseUnavailableError('DATABASE_TIMEOUT');
      throw new DatabaseUnavailableError();
    } finally {
      clearTimeout(timer);
      work.catch(() => undefined);
    }
  }
}
