import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';

/**
 * The one-time code of a pending booking (BOOKING_VERIFICATION=sms|email): only its hash (HMAC-SHA-256 bound to the
 * booking), the wrong attempts so far, and when the hold expires. Deleted when the booking is confirmed or released.
 */
@Entity({ name: 'booking_verifications' })
export class BookingVerificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) bookingId: string;
  @Column({ type: 'varchar', length: 64 }) codeHash: string;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @Column({ type: 'varchar', length: 8 }) channel: 'sms' | 'email';
  /** The hold took the booking's seats (false: the slot was full and the citizen asked for the waitlist). */
  @Column({ type: 'boolean', default: true }) holdsSeats: boolean;
  @Column({ type: 'boolean', default: false }) wantsWaitlist: boolean;
  @Column({ type: INSTANT }) expiresAt: Date;
  @Column({ type: INSTANT }) createdAt: Date;
}
