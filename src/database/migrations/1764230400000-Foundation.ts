import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, instant, makeAppendOnly } from './schema-helpers.js';

export class Foundation1764230400000 implements MigrationInterface {
  name = 'Foundation1764230400000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'seed_log',
      [col.str('name', 100), instant(qr, 'applied_at')].map((c, i) => (i === 0 ? { ...c, isPrimary: true } : c)),
    );

    await createTable(
      qr,
      'units',
      [
        col.id(),
        col.str('code', 32, true),
        col.str('name', 200),
        col.str('level', 16),
        col.ref('parent_id', true),
        col.date('valid_from', true),
        col.date('valid_to', true),
        instant(qr, 'created_at'),
        instant(qr, 'updated_at'),
      ],
      {
        foreignKeys: [{ columns: ['parent_id'], table: 'units' }],
        indices: [{ columns: ['code'], unique: true }, { columns: ['parent_id'] }],
      },
    );

    await createTable(
      qr,
      'officials',
      [
        col.id(),
        col.str('full_name', 120),
        col.str('title', 200),
        col.ref('unit_id'),
        col.str('position', 16),
        col.str('body', 16),
        col.bool('active', true),
        instant(qr, 'created_at'),
        instant(qr, 'updated_at'),
      ],
      { foreignKeys: [{ columns: ['unit_id'], table: 'units' }], indices: [{ columns: ['unit_id'] }] },
    );

    await createTable(
      qr,
      'venues',
      [
        col.id(),
        col.str('name', 200),
        col.str('address', 300),
        col.ref('unit_id'),
        instant(qr, 'created_at'),
        instant(qr, 'updated_at'),
      ],
      { foreignKeys: [{ columns: ['unit_id'], table: 'units' }], indices: [{ columns: ['unit_id'] }] },
    );

    await createTable(
      qr,
      'users',
      [
        col.id(),
        col.str('username', 64),
        col.str('password_hash', 255),
        col.text('roles'),
        col.ref('unit_id', true),
        col.ref('official_id', true),
        col.str('feed_token_hash', 64, true),
        col.bool('active', true),
        instant(qr, 'created_at'),
        instant(qr, 'updated_at'),
      ],
      {
        foreignKeys: [
          { columns: ['unit_id'], table: 'units' },
          { columns: ['official_id'], table: 'officials' },
        ],
        indices: [
          { columns: ['username'], unique: true },
          { columns: ['feed_token_hash'], unique: true },
        ],
      },
    );

    await createTable(
      qr,
      'audit_log',
      [
        col.id(),
        instant(qr, 'at'),
        col.ref('actor_id', true),
        col.str('actor_username', 64, true),
        col.text('actor_roles'),
        col.str('action', 32),
        col.str('entity_type', 48),
        col.str('entity_id', 64, true),
        col.str('request_id', 64, true),
        col.str('summary', 300, true),
      ],
      { indices: [{ columns: ['entity_type', 'entity_id'] }, { columns: ['at'] }] },
    );
    await makeAppendOnly(qr, 'audit_log');
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['audit_log', 'users', 'venues', 'officials', 'units', 'seed_log']) await qr.dropTable(t, true);
  }
}
