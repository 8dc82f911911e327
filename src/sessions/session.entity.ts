import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';

export const SESSION_STATUSES = ['planned', 'published', 'held', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const AD_HOC_REASONS = ['complex_case', 'serious_risk'] as const;
export type AdHocReason = (typeof AD_HOC_REASONS)[number];

/** One reception session (buổi tiếp công dân): periodic (from a schedule) or ad hoc. */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) scheduleId: string | null;
  @Column({ type: 'varchar', length: 36 }) officialId: string;
  @Column({ type: 'varchar', length: 36 }) venueId: string;
  /** The official's unit, copied for scoping and unit feeds. */
  @Column({ type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: INSTANT }) startsAt: Date;
  @Column({ type: INSTANT }) endsAt: Date;
  @Column({ type: 'varchar', length: 64 }) timeZone: string;
  /** Local date of the session in its zone: one official never has two active sessions on one day. */
  @Column({ type: 'date' }) localDate: string;
  @Column({ type: 'varchar', length: 16 }) status: SessionStatus;
  @Column({ type: 'boolean', default: false }) adHoc: boolean;
  @Column({ type: 'varchar', length: 24, nullable: true }) adHocReason: AdHocReason | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note: string | null;
  /** The original local date when the holiday policy moved the session. */
  @Column({ type: 'date', nullable: true }) shiftedFrom: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) delegateOfficialId: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) heldByOfficialId: string | null;
  @Column({ type: INSTANT, nullable: true }) heldAt: Date | null;
  @Column({ type: INSTANT, nullable: true }) publishedAt: Date | null;
  /** Reason recorded when publishing under the legal notice period was forced. */
  @Column({ type: 'varchar', length: 1000, nullable: true }) publishOverrideReason: string | null;
  /** Reason of the last change to a published session (move, delegate, cancel). */
  @Column({ type: 'varchar', length: 1000, nullable: true }) changeReason: string | null;
  /** True once the office edited it by hand: regeneration leaves it alone. */
  @Column({ type: 'boolean', default: false }) modified: boolean;
  @Column({ type: 'integer' }) slotMinutes: number;
  @Column({ type: 'integer' }) seatsPerSlot: number;
  /** iCalendar SEQUENCE: incremented on every change a subscriber must see. */
  @Column({ type: 'integer', default: 0 }) sequence: number;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: INSTANT }) updatedAt: Date;
}
