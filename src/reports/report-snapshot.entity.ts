import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';

/**
 * A report marked as sent to the Standing Committee: its figures frozen as they were sent (JSON), with the document
 * number; a later version carries the reason it was issued. Append-only (a new version, never an update).
 */
@Entity({ name: 'report_snapshots' })
export class ReportSnapshotEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'date' }) fromOn: string;
  @Column({ type: 'date' }) toOn: string;
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'varchar', length: 60 }) documentNumber: string;
  @Column({ type: 'varchar', length: 1000, nullable: true }) reason: string | null;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) sentBy: string | null;
  @Column({ type: INSTANT }) sentAt: Date;
}
