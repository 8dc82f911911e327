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
import { FieldCipher } from '../common/crypto/field-cipher.js';
import { FINAL_RECEIPT_STATES, type DeliveryReceipt } from './domain/sms-text.js';
import type { OutboxMessageEntity } from './outbox-message.entity.js';
import { SmsSender } from './sms-sender.js';

/** Column contexts of the outbox's encrypted fields (same values as NotificationsService's). */
const CIPHER = { phone: 'outbox.phone', text: 'outbox.text' } as const;
/** SMS claimed per batch and submitted together (the SMPP window bounds what is in flight). */
const SMS_BATCH = 100;
/** Receipts that arrived before their message was marked sent, kept this long for a second try. */
const EARLY_RECEIPT_MS = 120_000;

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
    private readonly sms: SmsSender,
    private readonly cipher: FieldCipher,
  ) {}

  private readonly earlyReceipts = new Map<string, { r: DeliveryReceipt; at: number }>();

  onApplicationBootstrap(): void {
    // SIGTERM: no new claims from now on, while in-flight requests finish (a running batch completes).
    processLifecycle.onStopping(() => (this.stopping = true));
    if (this.sms.configured) this.sms.onReceipt((r) => void this.receipt(r));
    if (!this.mailer.configured) this.logger.log('SMTP_URL is not set: e-mails stay in the outbox');
    if (this.config.sms.sender && !this.sms.configured)
      this.logger.log('SMS_SMPP_URL is not set: SMS stay in the outbox');
    if (!this.config.jobsEnabled || (!this.mailer.configured && !this.sms.configured)) return;
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
    if (this.sms.configured) await this.runSms(result);
    for (let i = 0; i < MAX_BATCHES && !this.stopping && this.mailer.configured; i++) {
      const batch = await this.tx.run((em) => this.repo.claimDue(em, this.instance, this.clock.now(), BATCH, 'email'));
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

  /**
   * SMS: claims a batch, submits its messages together (the SMPP window bounds what is in flight), then records every
   * outcome in one transaction. The phone number and a secret text are decrypted here, in memory, only to send.
   */
  private async runSms(result: FlushResult): Promise<void> {
    for (let i = 0; i < MAX_BATCHES && !this.stopping; i++) {
      const batch = await this.tx.run((em) =>
        this.repo.claimDue(em, this.instance, this.clock.now(), SMS_BATCH, 'sms'),
      );
      if (batch.length === 0) break;
      const outcomes = await Promise.all(
        batch.map((m) =>
          this.sendSms(m).then(
            (ids) => ({ m, ids, err: null as unknown }),
            (err: unknown) => ({ m, ids: [] as string[], err }),
          ),
        ),
      );
      const now = this.clock.now();
      await this.tx.run(async (em) => {
        for (const o of outcomes) {
          if (o.err === null) {
            const ok = await this.repo.markSent(em, o.m.id, this.instance, now, {
              providerIds: o.ids,
              secret: o.m.secret,
            });
            if (!ok) this.logger.warn({ id: o.m.id }, 'Outbox claim was lost before marking sent');
            result.sent++;
            continue;
          }
          const outcome = afterFailure(o.m.attempts, o.err, now, this.policy);
          const lastError = safeError(o.err);
          await this.repo.markAttemptFailed(em, o.m.id, this.instance, { ...outcome, lastError });
          if (outcome.status === 'failed') {
            result.failed++;
            if (o.m.secret) await this.repo.scrubSecret(em, o.m.id);
          } else result.retrying++;
          this.logger.warn(
            { id: o.m.id, kind: o.m.kind, attempts: o.m.attempts, outcome: outcome.status, error: lastError },
            'SMS not delivered',
          );
        }
      });
      for (const o of outcomes) for (const id of o.ids) this.retryEarlyReceipt(id);
    }
  }

  private sendSms(m: OutboxMessageEntity): Promise<string[]> {
    const phone = this.cipher.decrypt(m.toEnc!, CIPHER.phone, m.id);
    const text = m.secret ? this.cipher.decrypt(m.text, CIPHER.text, m.id) : m.text;
    return this.sms.send(m.id, phone, text);
  }

  /** A delivery receipt: recorded on its part and message; one that came before its message was marked sent waits. */
  private async receipt(r: DeliveryReceipt): Promise<void> {
    try {
      const messageId = await this.tx.run((em) =>
        this.repo.recordReceipt(
          em,
          { providerId: r.id, state: r.stat, error: r.err },
          this.clock.now(),
          FINAL_RECEIPT_STATES,
        ),
      );
      if (messageId === null) {
        const now = Date.now();
        for (const [k, v] of this.earlyReceipts) if (now - v.at > EARLY_RECEIPT_MS) this.earlyReceipts.delete(k);
        this.earlyReceipts.set(r.id, { r, at: now });
      }
    } catch (err) {
      this.logger.error({ err: safeError(err) }, 'Could not record an SMS delivery receipt');
    }
  }

  private retryEarlyReceipt(providerId: string): void {
    const early = this.earlyReceipts.get(providerId);
    if (!early) return;
    this.earlyReceipts.delete(providerId);
    void this.receipt(early.r);
  }
}
