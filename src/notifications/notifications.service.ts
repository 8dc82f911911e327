import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { messageProblems } from './domain/outbox-rules.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { OutboxRepository } from './outbox.repository.js';

/** An e-mail to send through the outbox. Texts are Vietnamese. */
export interface OutboxMessage {
  /** e.g. 'booking.confirmed', 'task.reminder' */
  kind: string;
  /** e-mail address */
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** e.g. an .ics file as text */
  attachments?: { filename: string; content: string; contentType: string }[];
  refType?: string;
  refId?: string;
  /** Unique: a second enqueue with the same key is ignored (e.g. `task-reminder:<id>:<date>`). */
  dedupeKey?: string;
  /** Do not send before this instant. */
  notBefore?: Date;
}

/**
 * The transactional outbox. Callers enqueue inside their own transaction, so the e-mail exists if and only if their
 * change commits; the worker delivers it later (exactly once, also with several instances).
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repo: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds a message inside the caller's transaction (`em` from TransactionRunner.run). Returns false when a message
   * with the same dedupeKey already exists (nothing is written and the transaction is not aborted).
   */
  async enqueue(em: EntityManager, msg: OutboxMessage): Promise<boolean> {
    const problems = messageProblems(msg);
    if (problems.length > 0) throw new Error(`Invalid outbox message (${msg.kind}): ${problems.join(', ')}`);
    const row = Object.assign(new OutboxMessageEntity(), {
      id: newId(),
      kind: msg.kind,
      toAddress: msg.to,
      subject: msg.subject,
      text: msg.text,
      html: msg.html ?? null,
      attachments: msg.attachments && msg.attachments.length > 0 ? msg.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })) : null,
      refType: msg.refType ?? null,
      refId: msg.refId ?? null,
      dedupeKey: msg.dedupeKey ?? null,
      status: 'pending' as const,
      attempts: 0,
      lastError: null,
      notBefore: msg.notBefore ?? null,
      claimedBy: null,
      claimedAt: null,
      sentAt: null,
      createdAt: this.clock.now(),
    });
    return this.repo.insertIgnoringDuplicate(em, row);
  }
}
