import { processLifecycle } from '../common/lifecycle/lifecycle.js';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Mutex } from '../common/concurrency/mutex.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { afterFailure, DEFAULT_RETRY, type RetryPolicy, safeError, STALE_CLAIM_MS } from './domain/outbox-rules.js';
import { Mailer } from './mailer.js';
import { OutboxRepository } from './outbox.repository.js';

export interface FlushResult {
  sent: number;
  retrying: number;
  failed: number;
  requeuedStale: number;
}

const INTERVAL_MS = 2_000;
const BATCH = 10;
/** Upper bound of batches per flush, so one flush cannot run for ever while producers keep adding. */
const MAX_BATCHES = 100;

/**
 * Delivers the outbox. Each instance claims its own batches (SKIP LOCKED on PostgreSQL), so several instances share the
 * work and every message is sent by exactly one of them. Runs every 2 s when JOBS_ENABLED and SMTP_URL are set.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Outbox');
  readonly instance = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly mutex = new Mutex();
  private timer: NodeJS.Timeout | null = null;
  private stopping = false;
  readonly policy: RetryPolicy = DEFAULT_RETRY;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: OutboxRepository,
    private readonly tx: TransactionRunner,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    // SIGTERM: no new claims from now on, while in-flight requests finish (a running batch completes).
    processLifecycle.onStopping(() => (this.stopping = true));
    if (!this.config.jobsEnabled || !this.mailer.configured) {
      if (!this.mailer.configured) this.logger.log('SMTP_URL is not set: e-mails stay in the outbox');
      return;
    }
    this.timer = setInterval(() => {
      if (this.mutex.pending > 0 || this.stopping) return;
      void this.flush().catch((err: unknown) => this.logger.error({ err: safeError(err) }, 'Outbox run failed'));
    }, INTERVAL_MS);
  }

  /** Stops the timer and waits for a running batch, before the database closes (onApplicationShutdown). */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.mutex.runExclusive(async () => undefined); // let a running batch finish
  }

  /** Sends every due message now (one run at a time per process). */
  flush(): Promise<FlushResult> {
    return this.mutex.runExclusive(() => this.run());
  }

  private async run(): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, retrying: 0, failed: 0, requeuedStale: 0 };
    const cutoff = new Date(this.clock.now().getTime() - STALE_CLAIM_MS);
    const [requeued, staleFailed] = await this.tx.run((em) =>
      this.repo.reclaimStale(em, cutoff, this.policy.maxAttempts),
    );
    result.requeuedStale = requeued;
    result.failed += staleFailed;
    if (requeued + staleFailed > 0)
      this.logger.warn({ requeued, failed: staleFailed }, 'Reclaimed stale outbox claims');
    for (let i = 0; i < MAX_BATCHES && !this.stopping; i++) {
      const batch = await this.tx.run((em) => this.repo.claimDue(em, this.instance, this.clock.now(), BATCH));
      if (batch.length === 0) break;
      for (const m of batch) {
        try {
          await this.mailer.send(m);
          const ok = await this.tx.run((em) => this.repo.markSent(em, m.id, this.instance, this.clock.now()));
          if (!ok) this.logger.warn({ id: m.id }, 'Outbox claim was lost before marking sent');
          result.sent++;
        } catch (err) {
          const outcome = afterFailure(m.attempts, err, this.clock.now(), this.policy);
          const lastError = safeError(err);
          await this.tx.run((em) => this.repo.markAttemptFailed(em, m.id, this.instance, { ...outcome, lastError }));
          if (outcome.status === 'failed') result.failed++;
          else result.retrying++;
          this.logger.warn(
            { id: m.id, kind: m.kind, attempts: m.attempts, outcome: outcome.status, error: lastError },
            'E-mail not delivered',
          );
        }
      }
    }
    if (result.sent + result.failed + result.retrying > 0) this.logger.log({ ...result }, 'Outbox run');
    return result;
  }
}
