import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPg } from './schema-helpers.js';

/**
 * Online reception (Law 136/2025/QH15, Art. 3a of the Law on Citizen Reception): the form of schedules and sessions
 * (`mode`, existing rows in person), the meeting address (encrypted, bound to its row), the online seats of a hybrid
 * slot and the recording setting; the form of each booking, its recording consent and the identity check of an online
 * citizen; the form of each reception case (Form 03, minutes); booking slots hold capacity per form (one row per session, slot and form).
 */
export class OnlineReception1790700000000 implements MigrationInterface {
  name = 'OnlineReception1790700000000';

  async up(qr: QueryRunner): Promise<void> {
    const pg = isPg(qr);
    const no = pg ? 'false' : '0';
    const instant = pg ? 'timestamptz' : 'datetime';
    for (const table of ['schedules', 'sessions']) {
      await qr.query(`ALTER TABLE ${table} ADD COLUMN mode varchar(16) NOT NULL DEFAULT 'in_person'`);
      await qr.query(`ALTER TABLE ${table} ADD COLUMN meeting_url_enc text NULL`);
      await qr.query(`ALTER TABLE ${table} ADD COLUMN online_seats_per_slot integer NULL`);
      await qr.query(`ALTER TABLE ${table} ADD COLUMN records_online boolean NOT NULL DEFAULT ${no}`);
      await qr.query(`ALTER TABLE ${table} ADD COLUMN recording_purpose varchar(500) NULL`);
      await qr.query(`ALTER TABLE ${table} ADD COLUMN recording_retention_days integer NULL`);
    }
    await qr.query(`ALTER TABLE bookings ADD COLUMN form varchar(16) NOT NULL DEFAULT 'in_person'`);
    await qr.query('ALTER TABLE bookings ADD COLUMN recording_consent boolean NULL');
    await qr.query('ALTER TABLE bookings ADD COLUMN identity_checked_by varchar(36) NULL');
    await qr.query(`ALTER TABLE bookings ADD COLUMN identity_checked_at ${instant} NULL`);
    await qr.query(`ALTER TABLE reception_cases ADD COLUMN form varchar(16) NOT NULL DEFAULT 'in_person'`);
    await qr.query(`ALTER TABLE booking_slots ADD COLUMN form varchar(16) NOT NULL DEFAULT 'in_person'`);
    await qr.query('DROP INDEX ux_booking_slots_session_slot');
    await qr.query(
      'CREATE UNIQUE INDEX ux_booking_slots_session_slot_form ON booking_slots (session_id, slot_index, form)',
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DELETE FROM booking_slots WHERE form <> 'in_person'`);
    await qr.query('DROP INDEX ux_booking_slots_session_slot_form');
    await qr.query('CREATE UNIQUE INDEX ux_booking_slots_session_slot ON booking_slots (session_id, slot_index)');
    await qr.query('ALTER TABLE booking_slots DROP COLUMN form');
    await qr.query('ALTER TABLE reception_cases DROP COLUMN form');
    for (const c of ['identity_checked_at', 'identity_checked_by', 'recording_consent', 'form'])
      await qr.query(`ALTER TABLE bookings DROP COLUMN ${c}`);
    for (const table of ['sessions', 'schedules'])
      for (const c of [
        'recording_retention_days',
        'recording_purpose',
        'records_online',
        'online_seats_per_slot',
        'meeting_url_enc',
        'mode',
      ])
        await qr.query(`ALTER TABLE ${table} DROP COLUMN ${c}`);
  }
}
