import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';

/** Append-only: database triggers refuse UPDATE and DELETE on this table. */
@Entity({ name: 'audit_log' })
export class AuditEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: INSTANT }) at: Date;
  @Column({ type: 'varchar', length: 36, nullable: true }) actorId: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) actorUsername: string | null;
  @Column({ type: 'simple-json' }) actorRoles: string[];
  /** create | update | delete | action | read_protected | login_failed … */
  @Column({ type: 'varchar', length: 32 }) action: string;
  @Column({ type: 'varchar', length: 48 }) entityType: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) entityId: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) requestId: string | null;
  /** Method and path of the request, never its body. */
  @Column({ type: 'varchar', length: 300, nullable: true }) summary: string | null;
}
