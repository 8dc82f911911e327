import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';

export const POSITIONS = ['head', 'deputy', 'member'] as const;
export type Position = (typeof POSITIONS)[number];
export const BODIES = ['party', 'government'] as const;
export type Body = (typeof BODIES)[number];

@Entity({ name: 'officials' })
export class OfficialEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 120 }) fullName: string;
  /** e.g. "Chủ tịch UBND phường", "Bí thư Đảng ủy xã". */
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'varchar', length: 36 }) unitId: string;
  @Column({ type: 'varchar', length: 16 }) position: Position;
  @Column({ type: 'varchar', length: 16 }) body: Body;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: INSTANT }) updatedAt: Date;
}
