import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';
import type { SessionMode } from '../sessions/domain/online-reception.js';
import type { HolidayPolicy } from './domain/schedule.types.js';

/** A leader's periodic reception rule (RRULE in the schedule's own time zone). */
@Entity({ name: 'schedules' })
export class ScheduleEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) officialId: string;
  @Column({ type: 'varchar', length: 36 }) venueId: string;
  /** The official's unit, copied for scoping. */
  @Column({ type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 500 }) rrule: string;
  /** Local time of day `HH:mm`. */
  @Column({ type: 'varchar', length: 5 }) startTime: string;
  @Column({ type: 'integer' }) durationMinutes: number;
  @Column({ type: 'date' }) validFrom: string;
  @Column({ type: 'date', nullable: true }) validUntil: string | null;
  @Column({ type: 'varchar', length: 64 }) timeZone: string;
  @Column({ type: 'varchar', length: 24 }) holidayPolicy: HolidayPolicy;
  @Column({ type: 'integer' }) slotMinutes: number;
  @Column({ type: 'integer' }) seatsPerSlot: number;
  /** Form of reception: in person, online or both (Law 136/2025/QH15, Art. 3a of the Law on Citizen Reception). */
  @Column({ type: 'varchar', length: 16, default: 'in_person' }) mode: SessionMode;
  /** Meeting address of an online or hybrid schedule, encrypted (FieldCipher, column `schedule.meetingUrl`, bound to the row). */
  @Column({ type: 'text', nullable: true }) meetingUrlEnc: string | null;
  /** Hybrid: online seats of each slot (the rest of seatsPerSlot is in person); null otherwise. */
  @Column({ type: 'integer', nullable: true }) onlineSeatsPerSlot: number | null;
  /** Online bookings are recorded: each needs the citizen's consent (Decree 13/2023). */
  @Column({ type: 'boolean', default: false }) recordsOnline: boolean;
  @Column({ type: 'varchar', length: 500, nullable: true }) recordingPurpose: string | null;
  @Column({ type: 'integer', nullable: true }) recordingRetentionDays: number | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** Sessions exist up to this local date; the daily job extends it. */
  @Column({ type: 'date', nullable: true }) generatedUntil: string | null;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: INSTANT }) updatedAt: Date;
}

/** An occurrence the holiday policy or a clash did not turn into a session, kept so the office can see why. */
@Entity({ name: 'schedule_skips' })
export class ScheduleSkipEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) scheduleId: string;
  @Column({ type: 'date' }) occurrenceDate: string;
  /** holiday | date_taken | duplicate */
  @Column({ type: 'varchar', length: 16 }) reason: string;
  @Column({ type: 'date', nullable: true }) wouldMoveTo: string | null;
  @Column({ type: INSTANT }) createdAt: Date;
}
