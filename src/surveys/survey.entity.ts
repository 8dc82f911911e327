import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';

/** One version of the question set, as loaded from data/survey-questions/ (never rewritten once stored). */
@Entity({ name: 'survey_question_sets' })
export class SurveyQuestionSetEntity {
  @PrimaryColumn({ type: 'integer' }) version: number;
  @Column({ type: 'date' }) validFrom: string;
  @Column({ type: 'simple-json' }) document: Record<string, unknown>;
}

/**
 * A one-time survey link. Deliberately knows nothing of the person or the case: no petition, booking, case,
 * dialogue or contact; no answer id; no time of answering (only the `used` flag). See docs/privacy.md.
 */
@Entity({ name: 'survey_invitations' })
export class SurveyInvitationEntity {
  /** Random (UUIDv4), not time-ordered. */
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  /** SHA-256 of the normalised code; the code itself is only in the citizen's e-mail or printout. */
  @Column({ type: 'varchar', length: 64 }) tokenHash: string;
  @Column({ type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 16 }) kind: string;
  @Column({ type: INSTANT }) expiresAt: Date;
  @Column({ type: 'boolean', default: false }) used: boolean;
}

/**
 * An anonymous answer: which unit and kind of case, which month, which question-set version, and the masked comment.
 * The id is random (UUIDv4) and there is no timestamp, so rows cannot be lined up with invitations or mail.
 */
@Entity({ name: 'survey_answers' })
export class SurveyAnswerEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 16 }) kind: string;
  /** `YYYY-MM` (local) of the answer. */
  @Column({ type: 'varchar', length: 7 }) period: string;
  @Column({ type: 'integer' }) questionSetVersion: number;
  /** Comment after masking personal data (src/surveys/domain/comment-masking.ts); the raw text is never stored. */
  @Column({ type: 'text', nullable: true }) comment: string | null;
}

/** One score of an answer (1..5 per criterion), so means are computed in SQL. */
@Entity({ name: 'survey_scores' })
export class SurveyScoreEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) answerId: string;
  @PrimaryColumn({ type: 'varchar', length: 32 }) criterion: string;
  @Column({ type: 'integer' }) score: number;
}
