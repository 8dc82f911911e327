import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';
import type { SessionMode } from './domain/online-reception.js';

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
  /** Form of reception: in person, online or both (Law 136/2025/QH15, Art. 3a of the Law on Citizen Reception). */
  @Column({ type: 'varchar', length: 16, default: 'in_person' }) mode: SessionMode;
  /** Meeting address of an online or hybrid session, encrypted (FieldCipher, column `session.meetingUrl`, bound to the row). */
  @Column({ type: 'text', nullable: true }) meetingUrlEnc: string | null;
  /** Hybrid: online seats of each slot (the rest of seatsPerSlot is in person); null otherwise. */
  @Column({ type: 'integer', nullable: true }) onlineSeatsPerSlot: number | null;
  /** Online bookings are recorded: each needs the citizen's consent (Decree 13/2023). */
  @Column({ type: 'boolean', default: false }) recordsOnline: boolean;
  @Column({ type: 'varchar', length: 500, nullable: true }) recordingPurpose: string | null;
  @Column({ type: 'integer', nullable: true }) recordingRetentionDays: number | null;
  /** iCalendar SEQUENCE: incremented on every change a subscriber must see. */
  @Column({ type: 'integer', default: 0 }) sequence: number;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: INSTANT }) updatedAt: Date;
}
