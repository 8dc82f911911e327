import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two indexes of `bookings` that every booking paid for and nothing needs any more: one active place per person per
 * session is now kept by `booking_attendees` (the booker is its position 0), and no query reads bookings by status alone.
 */
export class BookingIndexes1764262800000 implements MigrationInterface {
  name = 'BookingIndexes1764262800000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX IF EXISTS ux_bookings_session_citizen');
    await qr.query('DROP INDEX IF EXISTS ix_bookings_status');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(
      "CREATE UNIQUE INDEX ux_bookings_session_citizen ON bookings (session_id, id_number_index) WHERE status IN ('confirmed', 'waitlisted', 'checked_in')",
    );
    await qr.query('CREATE INDEX ix_bookings_status ON bookings (status)');
  }
}
