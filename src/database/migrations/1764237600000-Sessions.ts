import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, instant } from './schema-helpers.js';

export class Sessions1764237600000 implements MigrationInterface {
  name = 'Sessions1764237600000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'schedules',
      [
        col.id(),
        col.ref('official_id'),
        col.ref('venue_id'),
        col.ref('unit_id'),
        col.str('rrule', 500),
        col.str('start_time', 5),
        col.int('duration_minutes'),
        col.date('valid_from'),
        col.date('valid_until', true),
        col.str('time_zone', 64),
        col.str('holiday_policy', 24),
        col.int('slot_minutes'),
        col.int('seats_per_slot'),
        col.bool('active', true),
        col.date('generated_until', true),
        instant(qr, 'created_at'),
        instant(qr, 'updated_at'),
      ],
      {
        foreignKeys: [
          { columns: ['official_id'], table: 'officials' },
          { columns: ['venue_id'], table: 'venues' },
          { columns: ['unit_id'], table: 'units' },
        ],
        indices: [{ columns: ['official_id'] }, { columns: ['unit_id'] }],
      },
    );
    await createTable(
      qr,
      'schedule_skips',
      [
        col.id(),
        col.ref('schedule_id'),
        col.date('occurrence_date'),
        col.str('reason', 16),
        col.date('would_move_to', true),
        instant(qr, 'created_at'),
      ],
      {
        foreignKeys: [{ columns: ['schedule_id'], table: 'schedules', onDelete: 'CASCADE' }],
        indices: [{ columns: ['schedule_id', 'occurrence_date'], unique: true }],
      },
    );
    await createTable(
      qr,
      'sessions',
      [
        col.id(),
        col.ref('schedule_id', true),
        col.ref('official_id'),
        col.ref('venue_id'),
        col.ref('unit_id'),
        instant(qr, 'starts_at'),
        instant(qr, 'ends_at'),
        col.str('time_zone', 64),
        col.date('local_date'),
        col.str('status', 16),
        col.bool('ad_hoc', false),
        col.str('ad_hoc_reason', 24, true),
        col.str('note', 1000, true),
        col.date('shifted_from', true),
        col.ref('delegate_official_id', true),
        col.ref('held_by_official_id', true),
        instant(qr, 'held_at', true),
        instant(qr, 'published_at', true),
        col.str('publish_override_reason', 1000, true),
        col.str('change_reason', 1000, true),
        col.bool('modified', false),
        col.int('slot_minutes'),
        col.int('seats_per_slot'),
        col.int('sequence', false, 0),
        instant(qr, 'created_at'),
        instant(qr, 'updated_at'),
      ],
      {
        foreignKeys: [
          { columns: ['schedule_id'], table: 'schedules', onDelete: 'SET NULL' },
          { columns: ['official_id'], table: 'officials' },
          { columns: ['venue_id'], table: 'venues' },
          { columns: ['unit_id'], table: 'units' },
          { columns: ['delegate_official_id'], table: 'officials' },
          { columns: ['held_by_official_id'], table: 'officials' },
        ],
        indices: [
          // One official never has two active sessions on one local day (cancelled ones do not count).
          {
            name: 'ux_sessions_official_day',
            columns: ['official_id', 'local_date'],
            unique: true,
            where: "status <> 'cancelled'",
          },
          { columns: ['unit_id', 'starts_at'] },
          { columns: ['venue_id', 'starts_at'] },
          { columns: ['official_id', 'starts_at'] },
          { columns: ['schedule_id', 'local_date'] },
        ],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['sessions', 'schedule_skips', 'schedules']) await qr.dropTable(t, true);
  }
}
