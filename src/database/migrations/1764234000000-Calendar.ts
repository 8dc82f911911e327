import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, instant, makeAppendOnly } from './schema-helpers.js';

export class Calendar1764234000000 implements MigrationInterface {
  name = 'Calendar1764234000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, 'holiday_years', [
      { name: 'year', type: 'integer', isPrimary: true },
      col.text('entries'),
      col.text('source'),
      col.str('origin', 16),
      instant(qr, 'updated_at'),
    ]);
    await createTable(qr, 'rule_presets', [
      { ...col.str('name', 48), isPrimary: true },
      col.text('document'),
      col.int('revision'),
      instant(qr, 'updated_at'),
      col.str('updated_by', 64, true),
    ]);
    await createTable(
      qr,
      'rule_preset_revisions',
      [
        col.id(),
        col.str('name', 48),
        col.int('revision'),
        col.text('document'),
        instant(qr, 'created_at'),
        col.str('created_by', 64, true),
      ],
      { indices: [{ columns: ['name', 'revision'], unique: true }] },
    );
    await makeAppendOnly(qr, 'rule_preset_revisions');
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['rule_preset_revisions', 'rule_presets', 'holiday_years']) await qr.dropTable(t, true);
  }
}
