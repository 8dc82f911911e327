import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';
import type { DialogueMode } from './domain/dialogue-presets.js';
import type { DialogueStatus, DialogueTrigger } from './domain/dialogue-rules.js';

export interface CoOrganizer {
  name: string;
  role: 'co_organizer' | 'co_chair' | 'invited';
}

/** A direct dialogue (hội nghị đối thoại trực tiếp với Nhân dân) of a unit. */
@Entity({ name: 'dialogues' })
export class DialogueEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 500 }) topic: string;
  /** What will be discussed and how to take part (announced with the dialogue). */
  @Column({ type: 'text', nullable: true }) content: string | null;
  @Column({ type: INSTANT }) startsAt: Date;
  @Column({ type: INSTANT }) endsAt: Date;
  @Column({ type: 'varchar', length: 64 }) timeZone: string;
  @Column({ type: 'date' }) localDate: string;
  @Column({ type: 'varchar', length: 16 }) mode: DialogueMode;
  @Column({ type: 'varchar', length: 36, nullable: true }) venueId: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) onlineUrl: string | null;
  @Column({ type: 'simple-json' }) coOrganizers: CoOrganizer[];
  @Column({ type: 'varchar', length: 16 }) trigger: DialogueTrigger;
  /** Share of voters who asked, in basis points (10% = 1000), for voter_request dialogues. */
  @Column({ type: 'integer', nullable: true }) voterShareBp: number | null;
  @Column({ type: 'varchar', length: 20 }) status: DialogueStatus;
  /** Latest day to announce it and last day to publish the results, fixed from the preset when published. */
  @Column({ type: 'date', nullable: true }) publishBy: string | null;
  @Column({ type: 'date', nullable: true }) resultsBy: string | null;
  @Column({ type: INSTANT, nullable: true }) publishedAt: Date | null;
  @Column({ type: INSTANT, nullable: true }) heldAt: Date | null;
  @Column({ type: 'text', nullable: true }) resultsSummary: string | null;
  @Column({ type: INSTANT, nullable: true }) resultsPublishedAt: Date | null;
  @Column({ type: 'date', nullable: true }) resultsPublishedOn: string | null;
  /** Reason of the last change to a published dialogue (move, cancellation). */
  @Column({ type: 'varchar', length: 1000, nullable: true }) changeReason: string | null;
  /** iCalendar SEQUENCE: incremented on every change a subscriber must see. */
  @Column({ type: 'integer', default: 0 }) sequence: number;
  @Column({ type: 'varchar', length: 36, nullable: true }) createdBy: string | null;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: INSTANT }) updatedAt: Date;
}

/** A chair of a dialogue (indexed by official for the chairs' feeds). */
@Entity({ name: 'dialogue_chairs' })
export class DialogueChairEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) dialogueId: string;
  @PrimaryColumn({ type: 'varchar', length: 36 }) officialId: string;
  @Column({ type: 'integer' }) position: number;
}

export const QUESTION_STATUSES = ['pending', 'accepted', 'rejected', 'merged'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** A question a citizen sent before the dialogue. The name and contact are never public; the contact is encrypted. */
@Entity({ name: 'dialogue_questions' })
export class DialogueQuestionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) dialogueId: string;
  @Column({ type: 'varchar', length: 120 }) fullName: string;
  @Column({ type: 'text', nullable: true }) contactEnc: string | null;
  @Column({ type: 'varchar', length: 2000 }) question: string;
  /** The text shown publicly once accepted (the office may remove personal details). */
  @Column({ type: 'varchar', length: 2000, nullable: true }) publicText: string | null;
  @Column({ type: 'varchar', length: 16 }) status: QuestionStatus;
  @Column({ type: 'varchar', length: 1000, nullable: true }) rejectReason: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) mergedIntoId: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) moderatedBy: string | null;
  @Column({ type: INSTANT, nullable: true }) moderatedAt: Date | null;
  @Column({ type: INSTANT }) createdAt: Date;
}
