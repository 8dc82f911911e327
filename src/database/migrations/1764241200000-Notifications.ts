import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, instant } from './schema-helpers.js';

export class Notifications1764241200000 implements MigrationInterface {
  name = 'Notifications1764241200000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'outbox_messages',
      [
        col.id(),
        col.str('kind', 64),
        col.str('to_address', 320),
        col.str('subject', 500),
        col.text('text'),
        col.text('html', true),
        col.text('attachments', true),
        col.str('ref_type', 32, true),
        col.str('ref_id', 64, true),
        col.str('dedupe_key', 200, true),
        col.str('status', 16),
        col.int('attempts', false, 0),
        col.str('last_error', 500, true),
        instant(qr, 'not_before', true),
        col.str('claimed_by', 100, true),
        instant(qr, 'claimed_at', true),
        instant(qr, 'sent_at', true),
        instant(qr, 'created_at'),
      ],
      {
        indices: [
          { columns: ['dedupe_key'], unique: true, name: 'ux_outbox_messages_dedupe_key' },
          { columns: ['status', 'created_at'] },
          { columns: ['ref_type', 'ref_id'] },
        ],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('outbox_messages', true);
  }
}
