import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutboxAttachment {
  filename: string;
  /** Text content (e.g. an .ics file). */
  content: string;
  contentType: string;
}

/** One e-mail waiting in (or delivered from) the transactional outbox. */
@Entity({ name: 'outbox_messages' })
export class OutboxMessageEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 64 }) kind: string;
  @Column({ type: 'varchar', length: 320 }) toAddress: string;
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
