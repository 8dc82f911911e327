import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newId } from '../common/ids.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import type { Page } from '../common/pagination.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { type MessageShape, messageProblems } from './domain/outbox-rules.js';
import { AuditService } from '../audit/audit.service.js';
import type { Reader } from '../common/privacy/masking-policy.js';
import type { OutboxDetailDto, OutboxItemDto } from './dto/outbox.dto.js';
import { outboxDetail, outboxView } from './outbox-view.js';
import { Mailer } from './mailer.js';
import { type OutboxChannel, OutboxMessageEntity, type OutboxStatus } from './outbox-message.entity.js';
import { Inject } from '@nestjs/common';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import { normalizePhoneVn } from '../common/privacy/personal-numbers.js';
import { maskPhone } from '../common/privacy/masks.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { renderSms, type SmsTemplateName, type SmsValues } from './domain/sms-templates.js';
import { SmsSender } from './sms-sender.js';
import { OutboxRepository } from './outbox.repository.js';
import { type FlushResult, OutboxWorker } from './outbox.worker.js';
import { fail } from '../common/errors/catalogue.js';
import { NOTIFICATIONS_ERRORS } from './errors.js';

/** An e-mail to send through the outbox (the shape is defined, with its limits, in domain/outbox-rules.ts). */
export type OutboxMessage = MessageShape & {
  /** The text is a secret (a one-time code): encrypted at rest, never shown to admins, blanked once sent. */
  secret?: boolean;
};

/** An SMS to send through the outbox: a template of domain/sms-templates.data.ts and its values. */
export interface SmsOutboxMessage {
  /** e.g. 'booking.confirmed' */
  kind: string;
  /** The citizen's phone number as they gave it (normalised here to +84…). */
  phone: string;
  template: SmsTemplateName;
  values: SmsValues;
  refType?: string;
  refId?: string;
  dedupeKey?: string;
  identitySealed?: boolean;
  secret?: boolean;
  notBefore?: Date;
}

/** Column contexts of the outbox's encrypted fields (FieldCipher, bound to the message id). */
export const OUTBOX_CIPHER_CONTEXTS = { phone: 'outbox.phone', text: 'outbox.text' } as const;

export type { FlushResult } from './outbox.worker.js';

/**
 * The transactional outbox. Callers enqueue inside their own transaction, so the e-mail exists if and only if their
 * change commits; the worker delivers it later (exactly once, also with several instances).
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repo: OutboxRepository,
    private readonly clock: Clock,
    private readonly tx: TransactionRunner,
    private readonly worker: OutboxWorker,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly sms: SmsSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** SMS are queued when the brand name (SMS_SENDER) is configured; they are delivered when SMS_SMPP_URL is too. */
  get smsEnabled(): boolean {
    return Boolean(this.config.sms.sender);
  }

  /**
   * Adds a message inside the caller's transaction (`em` from TransactionRunner.run). Returns false when a message
   * with the same dedupeKey already exists (nothing is written and the transaction is not aborted).
   */
  async enqueue(em: EntityManager, msg: OutboxMessage): Promise<boolean> {
    const problems = messageProblems(msg);
    if (problems.length > 0) throw new Error(`Invalid outbox message (${msg.kind}): ${problems.join(', ')}`);
    const id = newId();
    const row = Object.assign(new OutboxMessageEntity(), {
      id,
      channel: 'email' as const,
      kind: msg.kind,
      toAddress: msg.to,
      toEnc: null,
      secret: msg.secret === true,
      template: null,
      parts: null,
      deliveryState: null,
      deliveredAt: null,
      subject: msg.subject,
      text: msg.secret === true ? this.cipher.encrypt(msg.text, OUTBOX_CIPHER_CONTEXTS.text, id) : msg.text,
      html: msg.html ?? null,
      attachments:
        msg.attachments && msg.attachments.length > 0
          ? msg.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType }))
          : null,
      refType: msg.refType ?? null,
      refId: msg.refId ?? null,
      dedupeKey: msg.dedupeKey ?? null,
      identitySealed: msg.identitySealed === true,
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

  /**
   * Queues an SMS inside the caller's transaction (as enqueue). Returns false when the SMS channel is off (no
   * SMS_SENDER), the number is not a Vietnamese mobile number, or the dedupeKey was used. The number is stored encrypted
   * (the admin view shows its mask); the text is rendered now, in Vietnamese with diacritics, and converted to the
   * configured encoding when sent.
   */
  async enqueueSms(em: EntityManager, msg: SmsOutboxMessage): Promise<boolean> {
    if (!this.smsEnabled) return false;
    const e164 = normalizePhoneVn(msg.phone);
    if (e164 === null) return false;
    const { text, template } = renderSms(msg.template, msg.values);
    const id = newId();
    const secret = msg.secret === true;
    const row = Object.assign(new OutboxMessageEntity(), {
      id,
      channel: 'sms' as const,
      kind: msg.kind,
      toAddress: maskPhone(e164),
      toEnc: this.cipher.encrypt(e164, OUTBOX_CIPHER_CONTEXTS.phone, id),
      secret,
      template,
      parts: null,
      deliveryState: null,
      deliveredAt: null,
      subject: template,
      text: secret ? this.cipher.encrypt(text, OUTBOX_CIPHER_CONTEXTS.text, id) : text,
      html: null,
      attachments: null,
      refType: msg.refType ?? null,
      refId: msg.refId ?? null,
      dedupeKey: msg.dedupeKey ?? null,
      identitySealed: msg.identitySealed === true,
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

  /**
   * Sends every due message now (tests, jobs, admin), on each channel that is configured. With neither SMTP_URL nor
   * SMS_SMPP_URL nothing can be sent: 409 SMTP_NOT_CONFIGURED.
   */
  async flush(): Promise<FlushResult> {
    if (!this.mailer.configured && !this.sms.configured) throw fail(NOTIFICATIONS_ERRORS.SMTP_NOT_CONFIGURED);
    return this.worker.flush();
  }

  /** The admin's list, masked by the policy; recipients shown in clear are audited (one row per list). */
  async list(
    reader: Reader,
    q: { status?: OutboxStatus; kind?: string; channel?: OutboxChannel; limit: number; offset: number },
  ): Promise<Page<OutboxItemDto>> {
    const [rows, total] = await this.repo.list(q);
    const views = rows.map((m) => outboxView(m, reader));
    const clear = views.filter((v) => v.clear).length;
    if (clear > 0)
      await this.audit.record({
        action: 'read_protected',
        entityType: 'outbox_message',
        entityId: null,
        summary: `${clear} recipient(s) in clear (GET /notifications/outbox)`,
      });
    return { items: views.map((v) => v.item), total, limit: q.limit, offset: q.offset };
  }

  /** One message, masked by the policy; a recipient shown in clear is audited. */
  async get(reader: Reader, id: string): Promise<OutboxDetailDto> {
    const m = await this.repo.findById(id);
    if (!m) throw new NotFoundError('Thư');
    const { detail, clear } = outboxDetail(m, reader);
    if (clear)
      await this.audit.record({
        action: 'read_protected',
        entityType: 'outbox_message',
        entityId: id,
        summary: 'Recipient in clear (GET /notifications/outbox/:id)',
      });
    return detail;
  }

  /** Puts a failed message back in the queue with fresh attempts. */
  async retry(reader: Reader, id: string): Promise<OutboxDetailDto> {
    const ok = await this.tx.run((em) => this.repo.requeueFailed(em, id));
    if (!ok) {
      await this.get(reader, id); // 404 when missing
      throw fail(NOTIFICATIONS_ERRORS.OUTBOX_NOT_FAILED);
    }
    return this.get(reader, id);
  }

  /** Counts per status, all channels together and per channel (for the admin overview). */
  async summary(): Promise<
    Record<OutboxStatus, number> & { byChannel: Record<OutboxChannel, Record<OutboxStatus, number>> }
  > {
    const zero = (): Record<OutboxStatus, number> => ({ pending: 0, sending: 0, sent: 0, failed: 0 });
    const out = { ...zero(), byChannel: { email: zero(), sms: zero() } };
    for (const r of await this.repo.countByStatus()) {
      if (!(r.status in zero())) continue;
      out[r.status as OutboxStatus] += r.count;
      const ch = out.byChannel[r.channel as OutboxChannel];
      if (ch) ch[r.status as OutboxStatus] += r.count;
    }
    return out;
  }
}
