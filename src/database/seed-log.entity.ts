import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from './column-types.js';

/** Which reference/demo data sets have been loaded, so a restart never loads them twice. */
@Entity({ name: 'seed_log' })
export class SeedLogEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: INSTANT }) appliedAt: Date;
}
