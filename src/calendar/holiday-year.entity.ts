import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';
import type { HolidayEntry, HolidaySource } from './domain/calendar.types.js';

/** The official days off of one year, as published (data file) or replaced by an administrator. */
@Entity({ name: 'holiday_years' })
export class HolidayYearEntity {
  @PrimaryColumn({ type: 'integer' }) year: number;
  @Column({ type: 'simple-json' }) entries: HolidayEntry[];
  @Column({ type: 'simple-json' }) source: HolidaySource[];
  /** data_file | admin */
  @Column({ type: 'varchar', length: 16 }) origin: string;
  @Column({ type: INSTANT }) updatedAt: Date;
}
