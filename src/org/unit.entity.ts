import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';

export const UNIT_LEVELS = ['city', 'commune', 'department'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

@Entity({ name: 'units' })
export class UnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  /** Official administrative code (or a stable slug) of reference units; null for units created by hand. */
  @Column({ type: 'varchar', length: 32, nullable: true, unique: true }) code: string | null;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 16 }) level: UnitLevel;
  @Column({ type: 'varchar', length: 36, nullable: true }) parentId: string | null;
  @Column({ type: 'date', nullable: true }) validFrom: string | null;
  @Column({ type: 'date', nullable: true }) validTo: string | null;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: INSTANT }) updatedAt: Date;
}
