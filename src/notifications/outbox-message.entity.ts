import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const OUTBOX_CHANNELS = ['email', 'sms'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];

export interface OutboxAttachment {
  filename: string;
  /** Text content (e.g. an .ics file). */
  content: string;
  contentType: string;
}

/** One e-mail or SMS waiting in (or delivered from) the transactional outbox. */
@Entity({ name: 'outbox_messages' })
export class OutboxMessageEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 8, default: 'email' }) channel: OutboxChannel;
  @Column({ type: 'varchar', length: 64 }) kind: string;
  /** E-mail: the address. SMS: the phone number's mask only (the number is in `toEnc`). */
  @Column({ type: 'varchar', length: 320 }) toAddress: string;
  /** SMS: the phone number, encrypted (FieldCipher, column `outbox.phone`, bound to the message id). */
  @Column({ type: 'text', nullable: true }) toEnc: string | null;
  /** The text is encrypted at rest (column `outbox.text`), never shown to admins, blanked once sent (one-time codes). */
  @Column({ type: 'boolean', default: false }) secret: boolean;
  /** SMS: the template and its version (`booking.confirmed@1`). */
  @Column({ type: 'varchar', length: 64, nullable: true }) template: string | null;
  /** SMS: parts submitted to the SMSC. */
  @Column({ type: 'integer', nullable: true }) parts: number | null;
  /** SMS: the delivery receipt's state (DELIVRD, UNDELIV, EXPIRED, …; for several parts the worst one). */
  @Column({ type: 'varchar', length: 16, nullable: true }) deliveryState: string | null;
  @Column({ type: INSTANT, nullable: true }) deliveredAt: Date | null;
  @Column({ type: 'varchar', length: 500 }) subject: string;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'text', nullable: true }) html: string | null;
  @Column({ type: 'simple-json', nullable: true }) attachments: OutboxAttachment[] | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) refType: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) refId: string | null;
  /** Unique when set: a second message with the same key is ignored. */
  @Column({ type: 'varchar', length: 200, nullable: true }) dedupeKey: string | null;
  /** About a denunciation: the recipient is the denouncer, so the admin view seals address and content. */
  @Column({ type: 'boolean', default: false }) identitySealed: boolean;
  @Column({ type: 'varchar', length: 16 }) status: OutboxStatus;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  /** Error code and SMTP reply of the last failed attempt, without addresses or content. */
  @Column({ type: 'varchar', length: 500, nullable: true }) lastError: string | null;
  /** Not sent before this instant (also the time of the next retry). */
  @Column({ type: INSTANT, nullable: true }) notBefore: Date | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) claimedBy: string | null;
  @Column({ type: INSTANT, nullable: true }) claimedAt: Date | null;
  @Column({ type: INSTANT, nullable: true }) sentAt: Date | null;
  @Column({ type: INSTANT }) createdAt: Date;
}

/** One submitted part of an SMS: the SMSC's message id (from submit_sm_resp), to match delivery receipts. */
@Entity({ name: 'sms_parts' })
export class SmsPartEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 }) providerId: string;
  @Column({ type: 'varchar', length: 36 }) messageId: string;
  @Column({ type: 'integer' }) part: number;
  @Column({ type: 'varchar', length: 16, nullable: true }) state: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) error: string | null;
  @Column({ type: INSTANT, nullable: true }) doneAt: Date | null;
}
