import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, instant } from './schema-helpers.js';

export class Bookings1764244800000 implements MigrationInterface {
  name = 'Bookings1764244800000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'booking_slots',
      [
        col.id(),
        col.ref('session_id'),
        col.int('slot_index'),
        col.int('seats'),
        col.int('taken', false, 0),
        col.int('waitlist_seq', false, 0),
      ],
      {
        foreignKeys: [{ columns: ['session_id'], table: 'sessions', onDelete: 'CASCADE' }],
        indices: [{ name: 'ux_booking_slots_session_slot', columns: ['session_id', 'slot_index'], unique: true }],
      },
    );
    await createTable(
      qr,
      'bookings',
      [
        col.id(),
        col.str('code', 16),
        col.ref('session_id'),
        col.int('slot_index'),
        col.str('status', 16),
        col.str('full_name', 100),
        col.text('id_number_enc'),
        col.str('id_number_index', 64),
        col.str('id_kind', 8),
        col.text('phone_enc'),
        col.text('email_enc', true),
        col.str('address', 300),
        col.str('topic', 2000),
        col.str('petition_type', 16, true),
        col.int('group_size'),
        col.int('seats'),
        col.text('representatives_enc', true),
        col.str('manage_token_hash', 64),
        col.int('waitlist_position', true),
        col.str('cancel_reason', 32, true),
        instant(qr, 'cancelled_at', true),
        instant(qr, 'promoted_at', true),
        instant(qr, 'checked_in_at', true),
        instant(qr, 'no_show_at', true),
        instant(qr, 'created_at'),
        instant(qr, 'updated_at'),
      ],
      {
        foreignKeys: [{ columns: ['session_id'], table: 'sessions' }],
        indices: [
          { name: 'ux_bookings_code', columns: ['code'], unique: true },
          // One active booking per citizen ID per session (blind index of the normalised number).
          {
            name: 'ux_bookings_session_citizen',
            columns: ['session_id', 'id_number_index'],
            unique: true,
            where: "status IN ('confirmed', 'waitlisted', 'checked_in')",
          },
          { columns: ['session_id', 'slot_index', 'status'] },
          { columns: ['status'] },
        ],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['bookings', 'booking_slots']) await qr.dropTable(t, true);
  }
}
