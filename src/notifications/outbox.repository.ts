import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type OutboxChannel, OutboxMessageEntity, type OutboxStatus, SmsPartEntity } from './outbox-message.entity.js';

export interface OutboxFilter {
  status?: OutboxStatus;
  channel?: OutboxChannel;
  kind?: string;
  limit: number;
  offset: number;
}

const T = 'outbox_messages';

/** Every SQL call of the outbox. Writes take the transaction's EntityManager. */
@Injectable()
export class OutboxRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  get isPostgres(): boolean {
    return this.ds.options.type === 'postgres';
  }

  /** INSERT … ON CONFLICT DO NOTHING (PostgreSQL) / INSERT OR IGNORE (SQLite): a duplicate never aborts the transaction. */
  async insertIgnoringDuplicate(em: EntityManager, row: OutboxMessageEntity): Promise<boolean> {
    await em.createQueryBuilder().insert().into(OutboxMessageEntity).values(row).orIgnore().execute();
    if (row.dedupeKey === null) return true;
    return em.getRepository(OutboxMessageEntity).exists({ where: { id: row.id } });
  }

  /**
   * Claims up to `limit` due pending messages for `instance` and counts the attempt. PostgreSQL: one UPDATE over a
   * `FOR UPDATE SKIP LOCKED` sub-select, so concurrent instances never claim the same row. SQLite: the caller's
   * transaction is serialised in-process, so select-then-update (guarded by status) is safe.
   */
  async claimDue(
    em: EntityManager,
    instance: string,
    now: Date,
    limit: number,
    channel: OutboxChannel = 'email',
  ): Promise<OutboxMessageEntity[]> {
    if (this.isPostgres) {
      const rows = (await em.query(
        `UPDATE ${T} SET status = 'sending', claimed_by = $1, claimed_at = $2, attempts = attempts + 1
          WHERE id IN (SELECT id FROM ${T} WHERE status = 'pending' AND channel = $4
                       AND (not_before IS NULL OR not_before <= $2)
                       ORDER BY created_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
          RETURNING id`,
        [instance, now, limit, channel],
      )) as [{ id: string }[], number] | { id: string }[];
      const ids = (Array.isArray(rows[0]) ? rows[0] : rows) as { id: string }[];
      if (ids.length === 0) return [];
      return em
        .getRepository(OutboxMessageEntity)
        .find({ where: { id: In(ids.map((r) => r.id)) }, order: { createdAt: 'ASC', id: 'ASC' } });
    }
    const due = await em
      .getRepository(OutboxMessageEntity)
      .createQueryBuilder('m')
      .select('m.id', 'id')
      .where("m.status = 'pending'")
      .andWhere('m.channel = :channel', { channel })
      .andWhere('(m.not_before IS NULL OR m.not_before <= :now)', { now })
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    if (due.length === 0) return [];
    const ids = due.map((r) => r.id);
    await em
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ status: 'sending', claimedBy: instance, claimedAt: now, attempts: () => 'attempts + 1' })
      .where({ id: In(ids), status: 'pending' })
      .execute();
    return em
      .getRepository(OutboxMessageEntity)
      .find({ where: { id: In(ids), claimedBy: instance, status: 'sending' }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Puts claims older than `cutoff` back (their worker crashed); those out of attempts fail. Returns [requeued, failed]. */
  async reclaimStale(em: EntityManager, cutoff: Date, maxAttempts: number): Promise<[number, number]> {
    const failed = await em
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({
        status: 'failed',
        claimedBy: null,
        claimedAt: null,
        lastError: 'STALE_CLAIM: the worker stopped while sending',
      })
      .where("status = 'sending' AND claimed_at < :cutoff AND attempts >= :max", { cutoff, max: maxAttempts })
      .execute();
    const requeued = await em
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ status: 'pending', claimedBy: null, claimedAt: null })
      .where("status = 'sending' AND claimed_at < :cutoff", { cutoff })
      .execute();
    return [requeued.affected ?? 0, failed.affected ?? 0];
  }

  /**
   * Marks a message sent, only if this instance still holds the claim. A secret text (one-time code) is blanked. For an
   * SMS, `providerIds` are the SMSC's ids of its parts (kept to match delivery receipts).
   */
  async markSent(
    em: EntityManager,
    id: string,
    instance: string,
    now: Date,
    sms?: { providerIds: string[]; secret: boolean },
  ): Promise<boolean> {
    const set: Partial<OutboxMessageEntity> = { status: 'sent', sentAt: now, lastError: null };
    if (sms) {
      set.parts = sms.providerIds.length;
      set.deliveryState = 'ENROUTE';
    }
    if (sms?.secret) set.text = '';
    const r = await em
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set(set)
      .where({ id, status: 'sending', claimedBy: instance })
      .execute();
    if ((r.affected ?? 0) !== 1) return false;
    if (sms && sms.providerIds.length > 0)
      await em
        .createQueryBuilder()
        .insert()
        .into(SmsPartEntity)
        .values(sms.providerIds.map((providerId, i) => ({ providerId, messageId: id, part: i + 1, state: null })))
        .orIgnore()
        .execute();
    return true;
  }

  /** Blanks the text of a secret message (one-time code) that failed for good. */
  async scrubSecret(em: EntityManager, id: string): Promise<void> {
    await em
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ text: '' })
      .where({ id, secret: true, status: 'failed' })
      .execute();
  }

  /**
   * Records a delivery receipt on its part and the message's state: DELIVRD once every part is delivered, a final
   * failure (UNDELIV, EXPIRED, …) as soon as one part has it. Returns the message id, or null for an unknown part.
   */
  async recordReceipt(
    em: EntityManager,
    r: { providerId: string; state: string; error: string | null },
    now: Date,
    finalStates: readonly string[],
  ): Promise<string | null> {
    const parts = em.getRepository(SmsPartEntity);
    const part = await parts.findOneBy({ providerId: r.providerId });
    if (!part) return null;
    // Receipts of a message's parts may arrive together: lock the message first (PostgreSQL), so each one reads the
    // states the others committed (SQLite transactions are serialised already).
    if (this.isPostgres) await em.query(`SELECT id FROM ${T} WHERE id = $1 FOR UPDATE`, [part.messageId]);
    await parts.update({ providerId: r.providerId }, { state: r.state, error: r.error, doneAt: now });
    const all = await parts.findBy({ messageId: part.messageId });
    const failed = all.find((p) => p.state !== null && p.state !== 'DELIVRD' && finalStates.includes(p.state));
    const delivered = all.every((p) => p.state === 'DELIVRD');
    const state = failed ? failed.state! : delivered ? 'DELIVRD' : r.state === 'DELIVRD' ? 'ENROUTE' : r.state;
    await em
      .getRepository(OutboxMessageEntity)
      .update({ id: part.messageId }, { deliveryState: state, deliveredAt: delivered || failed ? now : null });
    return part.messageId;
  }

  /** Records a failed attempt: back to pending (retry at `notBefore`) or failed for good. */
  async markAttemptFailed(
    em: EntityManager,
    id: string,
    instance: string,
    outcome: { status: 'pending' | 'failed'; notBefore: Date | null; lastError: string },
  ): Promise<boolean> {
    const set: Partial<OutboxMessageEntity> = {
      status: outcome.status,
      lastError: outcome.lastError,
      claimedBy: null,
      claimedAt: null,
    };
    if (outcome.status === 'pending') set.notBefore = outcome.notBefore;
    const r = await em
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set(set)
      .where({ id, status: 'sending', claimedBy: instance })
      .execute();
    return (r.affected ?? 0) === 1;
  }

  /** Puts a failed message back in the queue (admin). */
  async requeueFailed(em: EntityManager, id: string): Promise<boolean> {
    const r = await em
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ status: 'pending', attempts: 0, notBefore: null, claimedBy: null, claimedAt: null })
      .where({ id, status: 'failed' })
      .execute();
    return (r.affected ?? 0) === 1;
  }

  list(f: OutboxFilter): Promise<[OutboxMessageEntity[], number]> {
    const qb = this.ds.getRepository(OutboxMessageEntity).createQueryBuilder('m');
    if (f.status) qb.andWhere('m.status = :status', { status: f.status });
    if (f.kind) qb.andWhere('m.kind = :kind', { kind: f.kind });
    if (f.channel) qb.andWhere('m.channel = :channel', { channel: f.channel });
    return qb.orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'ASC').take(f.limit).skip(f.offset).getManyAndCount();
  }

  findById(id: string): Promise<OutboxMessageEntity | null> {
    return this.ds.getRepository(OutboxMessageEntity).findOneBy({ id });
  }

  countByStatus(): Promise<{ channel: string; status: string; count: number }[]> {
    return this.ds
      .getRepository(OutboxMessageEntity)
      .createQueryBuilder('m')
      .select('m.channel', 'channel')
      .addSelect('m.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy('m.channel')
      .addGroupBy('m.status')
      .getRawMany<{ channel: string; status: string; count: string | number }>()
      .then((rows) => rows.map((r) => ({ channel: r.channel, status: r.status, count: Number(r.count) })));
  }
}
