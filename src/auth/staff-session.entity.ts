import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';

/**
 * A signed-in browser of the staff workspace. The cookie holds a random value; the row is keyed by its SHA-256, so the
 * table alone opens nothing. Ended by sign-out, idle time, its absolute lifetime, or any change of the user's token
 * version (password, role, unit, disable).
 */
@Entity({ name: 'staff_sessions' })
export class StaffSessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 }) id: string;
  @Column({ type: 'varchar', length: 36 }) userId: string;
  @Column({ type: 'integer' }) tokenVersion: number;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: INSTANT }) lastSeenAt: Date;
  @Column({ type: INSTANT }) expiresAt: Date;
}
