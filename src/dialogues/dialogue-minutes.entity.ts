import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';

/** The minutes (biên bản) of a dialogue: one per dialogue, locked by a content hash when finalised. */
@Entity({ name: 'dialogue_minutes' })
export class DialogueMinutesEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) dialogueId: string;
  @Column({ type: 'varchar', length: 16 }) status: 'draft' | 'finalized';
  @Column({ type: 'text', nullable: true }) summary: string | null;
  @Column({ type: 'varchar', length: 80, nullable: true }) contentHash: string | null;
  @Column({ type: INSTANT, nullable: true }) finalizedAt: Date | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) finalizedBy: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) createdBy: string | null;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: INSTANT }) updatedAt: Date;
}

/** One item: a question with the answer given, or with a commitment that becomes a follow-up task on finalising. */
@Entity({ name: 'dialogue_minute_items' })
export class DialogueMinuteItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) minutesId: string;
  @Column({ type: 'integer' }) position: number;
  @Column({ type: 'varchar', length: 36, nullable: true }) questionId: string | null;
  @Column({ type: 'varchar', length: 2000 }) questionText: string;
  @Column({ type: 'text', nullable: true }) answer: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) commitmentUnitId: string | null;
  @Column({ type: 'date', nullable: true }) commitmentDueDate: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) commitmentText: string | null;
  /** The follow-up task created when the minutes were finalised. */
  @Column({ type: 'varchar', length: 36, nullable: true }) taskId: string | null;
  @Column({ type: INSTANT }) createdAt: Date;
}

/** A correction after finalising: append-only (a database trigger refuses UPDATE and DELETE). */
@Entity({ name: 'dialogue_minute_amendments' })
export class DialogueMinuteAmendmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) minutesId: string;
  @Column({ type: 'varchar', length: 1000 }) reason: string;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) createdBy: string | null;
  @Column({ type: INSTANT }) createdAt: Date;
}
