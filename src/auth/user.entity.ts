import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';
import type { Role } from '../common/roles.js';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 64, unique: true }) username: string;
  /** The person's full name and job title, as documents print them (never the login name). */
  @Column({ type: 'varchar', length: 120, nullable: true }) fullName: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) title: string | null;
  @Column({ type: 'varchar', length: 255 }) passwordHash: string;
  @Column({ type: 'simple-json' }) roles: Role[];
  @Column({ type: 'varchar', length: 36, nullable: true }) unitId: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) officialId: string | null;
  /** sha256 of the personal calendar-feed token; the token itself is shown once. */
  @Column({ type: 'varchar', length: 64, nullable: true }) feedTokenHash: string | null;
  /** false = disabled: no login, and every token of the user is refused. */
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** Copied into each token as `tv`; bumped on disable, role/unit change and password change/reset to revoke old tokens. */
  @Column({ type: 'integer', default: 0 }) tokenVersion: number;
  /** Set by an admin's password reset: the one-time password only lets the user choose a new one. */
  @Column({ type: 'boolean', default: false }) mustChangePassword: boolean;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: INSTANT }) updatedAt: Date;
}
