import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from './schema-helpers.js';

/**
 * One active place per person per session, representatives included: every person a booking brings (booker at
 * position 0, representatives after) with the blind index of their ID, unique per session among active rows.
 * Existing bookings get their booker's row (representatives' numbers are encrypted; new bookings list them).
 */
export class BookingAttendees1764259200000 implements MigrationInterface {
  name = 'BookingAttendees1764259200000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'booking_attendees',
      [
        { ...col.ref('booking_id'), isPrimary: true },
        { ...col.int('position'), isPrimary: true },
        col.ref('session_id'),
        col.str('id_number_index', 64),
        col.bool('active', true),
      ],
      {
        foreignKeys: [
          { columns: ['booking_id'], table: 'bookings', onDelete: 'CASCADE' },
          { columns: ['session_id'], table: 'sessions', onDelete: 'CASCADE' },
        ],
        indices: [
          {
            name: 'ux_booking_attendees_session_citizen',
            columns: ['session_id', 'id_number_index'],
            unique: true,
            where: 'active = TRUE',
          },
        ],
      },
    );
    await qr.query(
      `INSERT INTO booking_attendees (booking_id, position, session_id, id_number_index, active)
       SELECT id, 0, session_id, id_number_index, CASE WHEN status IN ('confirmed', 'waitlisted', 'checked_in') THEN TRUE ELSE FALSE END FROM bookings`,
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('booking_attendees', true);
  }
}
