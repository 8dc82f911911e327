import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';
import type { Complexity, PetitionChannel, PetitionStatus, PetitionType } from './domain/petition-types.js';

export { PETITION_STATUSES, type PetitionStatus } from './domain/petition-types.js';
/** `anonymous`: anonymous or false-name denunciations, which are not processed as denunciations (their own queue). */
export const PETITION_QUEUES = ['main', 'anonymous'] as const;
export type PetitionQueue = (typeof PETITION_QUEUES)[number];

/**
 * A petition (đơn, vụ việc). For a denunciation no personal data of the denouncer is kept here: it lives encrypted
 * in `petition_identities`, and `content` holds the text with the identity scrubbed. For other types the name and
 * address are kept in clear, the ID number, phone and e-mail encrypted (with a blind index of the ID number).
 */
@Entity({ name: 'petitions' })
export class PetitionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 16 }) type: PetitionType;
  @Column({ type: 'varchar', length: 16 }) channel: PetitionChannel;
  @Column({ type: 'varchar', length: 16 }) queue: PetitionQueue;
  @Column({ type: INSTANT }) receivedAt: Date;
  /** Local day of receipt in Asia/Ho_Chi_Minh: the anchor of the deadlines. */
  @Column({ type: 'date' }) receivedOn: string;
  @Column({ type: 'date', nullable: true }) acceptedOn: string | null;
  @Column({ type: 'varchar', length: 16 }) status: PetitionStatus;
  @Column({ type: 'boolean', default: false }) anonymous: boolean;
  @Column({ type: 'varchar', length: 300, nullable: true }) subject: string | null;
  @Column({ type: 'text' }) content: string;
  @Column({ type: 'boolean', default: false }) remoteArea: boolean;
  @Column({ type: 'boolean', default: false }) complex: boolean;
  @Column({ type: 'varchar', length: 24 }) complexity: Complexity;
  @Column({ type: 'integer', default: 1 }) round: 1 | 2;
  @Column({ type: 'boolean', default: false }) severalSites: boolean;
  @Column({ type: 'boolean', default: false }) transferred: boolean;
  @Column({ type: 'varchar', length: 120, nullable: true }) petitionerName: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) petitionerAddress: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) petitionerIdEnc: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) petitionerIdBidx: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) petitionerPhoneEnc: string | null;
  @Column({ type: 'varchar', length: 600, nullable: true }) petitionerEmailEnc: string | null;
  @Column({ type: 'simple-json' }) possibleDuplicateOf: string[];
  /** The citizen's lookup code (`domain/lookup-code.ts`), unique; null only for petitions filed before it existed. */
  @Column({ type: 'varchar', length: 16, nullable: true }) lookupCode: string | null;
  /** Keyed hash (HMAC, DATA_KEY) of code + secret: what a lookup is checked against. */
  @Column({ type: 'varchar', length: 64, nullable: true }) lookupSecretHash: string | null;
  /** The secret, encrypted and bound to the row, so that a re-printed notice can carry it again. */
  @Column({ type: 'varchar', length: 200, nullable: true }) lookupSecretEnc: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) createdBy: string | null;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: INSTANT }) updatedAt: Date;
  /*
   * The stored timeliness the periodic report counts from (migration 1791000000000-PetitionTimeliness): late at an
   * instant ⇔ lateCompleted OR (NOT paused AND openDueAt < that instant). Never written through the entity (a stale
   * entity saved must not undo a concurrent task write): `PetitionsRepository.setTaskTimeliness` and `setPaused` only.
   */
  /** Some task was completed after its due instant. */
  @Column({ type: 'boolean', default: false, select: false, insert: false, update: false })
  readonly lateCompleted?: boolean;
  /** The earliest due instant of the tasks not completed (null when none). */
  @Column({ type: INSTANT, nullable: true, select: false, insert: false, update: false })
  readonly openDueAt?: Date | null;
  /** An open pause: the clock is stopped. */
  @Column({ type: 'boolean', default: false, select: false, insert: false, update: false })
  readonly paused?: boolean;
}

/** The sealed identity of a denouncer (Law on Denunciation 2018, Art. 9, 47, 56): every field encrypted. */
@Entity({ name: 'petition_identities' })
export class PetitionIdentityEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) petitionId: string;
  @Column({ type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'text', nullable: true }) fullNameEnc: string | null;
  @Column({ type: 'text', nullable: true }) idNumberEnc: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) idBidx: string | null;
  @Column({ type: 'text', nullable: true }) addressEnc: string | null;
  @Column({ type: 'text', nullable: true }) phoneEnc: string | null;
  @Column({ type: 'text', nullable: true }) emailEnc: string | null;
  /** The content as filed (it may name the denouncer). */
  @Column({ type: 'text' }) contentEnc: string;
  @Column({ type: INSTANT }) createdAt: Date;
}

/** The clock stopped while the citizen is asked for clarification. */
@Entity({ name: 'petition_pauses' })
export class PetitionPauseEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) petitionId: string;
  @Column({ type: 'date' }) fromOn: string;
  @Column({ type: 'date', nullable: true }) toOn: string | null;
  @Column({ type: 'varchar', length: 1000 }) reason: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) createdBy: string | null;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: 'varchar', length: 36, nullable: true }) resumedBy: string | null;
  @Column({ type: INSTANT, nullable: true }) resumedAt: Date | null;
}

/** A written extension decision of the resolution period. */
@Entity({ name: 'petition_extensions' })
export class PetitionExtensionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) petitionId: string;
  @Column({ type: 'integer' }) seq: number;
  @Column({ type: 'integer' }) days: number;
  @Column({ type: 'varchar', length: 1000 }) reason: string;
  /** The complexity the decision was taken under (it decides the legal count). */
  @Column({ type: 'varchar', length: 24 }) complexity: Complexity;
  @Column({ type: 'date' }) decidedOn: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) createdBy: string | null;
  @Column({ type: INSTANT }) createdAt: Date;
}
