import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';

/**
 * Append-only: database triggers refuse UPDATE, DELETE, TRUNCATE and re-inserting an existing id. Each row is chained
 * to the previous one by a SHA-256 hash (src/audit/domain/audit-chain.ts), so a rewrite or deletion made around the
 * triggers is detectable (`npm run audit:verify`).
 */
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
  /** Position in the chain: 1, 2, 3 … without gaps. */
  @Column({ type: 'integer' }) seq: number;
  /** The hash of row `seq - 1` (64 zeros for the first row). */
  @Column({ type: 'varchar', length: 64 }) prevHash: string;
  /** SHA-256 (hex) over this row's content and `prevHash`. */
  @Column({ type: 'varchar', length: 64 }) hash: string;
}
