import { Column, Entity, PrimaryColumn } from 'typeorm';
import { INSTANT } from '../database/column-types.js';

/** A versioned rule document (reception frequency, notice limits, petition deadlines, dialogues). */
@Entity({ name: 'rule_presets' })
export class RulePresetEntity {
  @PrimaryColumn({ type: 'varchar', length: 48 }) name: string;
  @Column({ type: 'simple-json' }) document: Record<string, unknown>;
  @Column({ type: 'integer' }) revision: number;
  @Column({ type: INSTANT }) updatedAt: Date;
  @Column({ type: 'varchar', length: 64, nullable: true }) updatedBy: string | null;
}

/** Every revision ever stored, append-only: what rule applied when can always be shown. */
@Entity({ name: 'rule_preset_revisions' })
export class RulePresetRevisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 48 }) name: string;
  @Column({ type: 'integer' }) revision: number;
  @Column({ type: 'simple-json' }) document: Record<string, unknown>;
  @Column({ type: INSTANT }) createdAt: Date;
  @Column({ type: 'varchar', length: 64, nullable: true }) createdBy: string | null;
}
