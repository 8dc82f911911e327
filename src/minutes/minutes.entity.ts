import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT, TEXT } from '../database/column-types.js';

export const MINUTES_STATUSES = ['draft', 'final'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export interface AttendeeRecord {
  fullName: string;
  title: string;
}

/** Minutes (biên bản) of one reception session: a draft until finalised, then locked by its content hash. */
@Entity({ name: 'minutes' })
export class MinutesEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) sessionId: string;
  @Column({ type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 8 }) status: MinutesStatus;
  @Column({ type: 'varchar', length: 64, nullable: true }) number: string | null;
  @Column({ type: 'varchar', length: 36 }) chairOfficialId: string;
  /** True when the session's own leader chaired; false when a deputy stood in. */
  @Column({ type: 'boolean' }) chairInPerson: boolean;
  /** Officials present besides the chair, as JSON `[{fullName, title}]`. */
  @Column({ type: TEXT }) officials: string;
  @Column({ type: 'varchar', length: 120 }) secretaryName: string;
  @Column({ type: 'varchar', length: 200 }) secretaryTitle: string;
  /** Incremented by every edit of a draft: edits and finalising are guarded by `status = 'draft'`. */
  @Column({ type: 'integer', default: 0 }) version: number;
  @Column({ type: 'varchar', length: 64, nullable: true }) contentHash: string | null;
  @Column({ type: INSTANT, nullable: true }) finalizedAt: Date | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) finalizedBy: string | null;
  @Column({ type: 'varchar', length: 36 }) createdBy: string;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: INSTANT }) updatedAt: Date;
}

/** A correction to finalised minutes: append-only (a database trigger refuses UPDATE and DELETE). */
@Entity({ name: 'minutes_amendments' })
export class MinutesAmendmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) minutesId: string;
  @Column({ type: 'varchar', length: 1000 }) reason: string;
  @Column({ type: TEXT }) text: string;
  @Column({ type: 'varchar', length: 36 }) authorId: string;
  @Column({ type: 'varchar', length: 100 }) authorName: string;
  @Column({ type: INSTANT }) createdAt: Date;
}
