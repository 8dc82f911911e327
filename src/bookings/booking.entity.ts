import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';
import type { Salutation } from './domain/salutation.js';
import type { ReceptionForm } from '../sessions/domain/online-reception.js';

/** `pending`: held until the citizen enters the one-time code (BOOKING_VERIFICATION); it holds seats but no place in line. */
export const BOOKING_STATUSES = ['confirmed', 'waitlisted', 'cancelled', 'checked_in', 'no_show', 'pending'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/** Statuses that hold a place (seat or waitlist) and count for "one active booking per citizen ID per session". */
export const ACTIVE_BOOKING_STATUSES: readonly BookingStatus[] = ['confirmed', 'waitlisted', 'checked_in'];
export const PETITION_TYPES = ['complaint', 'denunciation', 'recommendation', 'feedback'] as const;
export type PetitionType = (typeof PETITION_TYPES)[number];

/**
 * Capacity of one slot of a session. The slot is named by its index in the session's grid (0 = the first slot), so a
 * moved session keeps every booking in the same place of its day. `taken` only changes through a guarded conditional
 * UPDATE (`taken + n <= seats`).
 */
@Entity({ name: 'booking_slots' })
export class BookingSlotEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) sessionId: string;
  @Column({ type: 'integer' }) slotIndex: number;
  @Column({ type: 'integer' }) seats: number;
  /** Form of the seats: a hybrid session has one row per form for each slot. */
  @Column({ type: 'varchar', length: 16, default: 'in_person' }) form: ReceptionForm;
  @Column({ type: 'integer', default: 0 }) taken: number;
  /** Last waitlist sequence number handed out in this slot. */
  @Column({ type: 'integer', default: 0 }) waitlistSeq: number;
}

/** A citizen's booking. Identity numbers, phone, e-mail and representatives are encrypted (FieldCipher). */
@Entity({ name: 'bookings' })
export class BookingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 16 }) code: string;
  @Column({ type: 'varchar', length: 36 }) sessionId: string;
  @Column({ type: 'integer' }) slotIndex: number;
  @Column({ type: 'varchar', length: 16 }) status: BookingStatus;
  @Column({ type: 'varchar', length: 100 }) fullName: string;
  /** Form of address for documents ("ong", "ba"); null when not given. */
  @Column({ type: 'varchar', length: 8, nullable: true }) salutation: Salutation | null;
  @Column({ type: 'text' }) idNumberEnc: string;
  /** Blind index of the normalised ID number: unique per session among active bookings. */
  @Column({ type: 'varchar', length: 64 }) idNumberIndex: string;
  @Column({ type: 'varchar', length: 8 }) idKind: string;
  @Column({ type: 'text' }) phoneEnc: string;
  @Column({ type: 'text', nullable: true }) emailEnc: string | null;
  @Column({ type: 'varchar', length: 300 }) address: string;
  @Column({ type: 'varchar', length: 2000 }) topic: string;
  @Column({ type: 'varchar', length: 16, nullable: true }) petitionType: PetitionType | null;
  @Column({ type: 'integer' }) groupSize: number;
  /** Seats taken when confirmed (people attending, booker included). */
  @Column({ type: 'integer' }) seats: number;
  /** JSON `[{fullName, idNumber}]`, encrypted. */
  @Column({ type: 'text', nullable: true }) representativesEnc: string | null;
  @Column({ type: 'varchar', length: 64 }) manageTokenHash: string;
  @Column({ type: 'integer', nullable: true }) waitlistPosition: number | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) cancelReason: string | null;
  @Column({ type: INSTANT, nullable: true }) cancelledAt: Date | null;
  @Column({ type: INSTANT, nullable: true }) promotedAt: Date | null;
  @Column({ type: INSTANT, nullable: true }) checkedInAt: Date | null;
  @Column({ type: INSTANT, nullable: true }) noShowAt: Date | null;
  /** Form of reception booked: in person or online (the session's mode decides which are offered). */
  @Column({ type: 'varchar', length: 16, default: 'in_person' }) form: ReceptionForm;
  /** Consent to the recording of an online reception (null when the session does not record). */
  @Column({ type: 'boolean', nullable: true }) recordingConsent: boolean | null;
  /** Online: the staff user who checked the identity document shown on camera, and when. */
  @Column({ type: 'varchar', length: 36, nullable: true }) identityCheckedBy: string | null;
  @Column({ type: INSTANT, nullable: true }) identityCheckedAt: Date | null;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: INSTANT }) updatedAt: Date;
}

/**
 * Everyone a booking brings to the desk: the booker (position 0) and the representatives of a group (1…), by the blind
 * index of their ID number. A partial unique index over active rows keeps one active place per person per session,
 * whether they booked themselves or come as someone's representative. `active` follows the booking's status.
 */
@Entity({ name: 'booking_attendees' })
export class BookingAttendeeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) bookingId: string;
  @PrimaryColumn({ type: 'integer' }) position: number;
  @Column({ type: 'varchar', length: 36 }) sessionId: string;
  @Column({ type: 'varchar', length: 64 }) idNumberIndex: string;
  @Column({ type: 'boolean' }) active: boolean;
}
