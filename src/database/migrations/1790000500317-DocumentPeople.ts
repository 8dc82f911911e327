import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What documents need to name people properly: staff accounts get the person's full name and job title (the
 * secretary and the authors of corrections are printed by name, never by login name), and bookings and reception
 * cases an optional form of address ("ong" → "ông", "ba" → "bà"; null → "công dân").
 */
export class DocumentPeople1790000500317 implements MigrationInterface {
  name = 'DocumentPeople1790000500317';

  async up(qr: QueryRunner): Promise<void> {
    // Plain ALTER TABLE on both databases (TypeORM's addColumn rebuilds the table on SQLite).
    await qr.query('ALTER TABLE users ADD COLUMN full_name varchar(120) NULL');
    await qr.query('ALTER TABLE users ADD COLUMN title varchar(200) NULL');
    await qr.query('ALTER TABLE bookings ADD COLUMN salutation varchar(8) NULL');
    await qr.query('ALTER TABLE reception_cases ADD COLUMN salutation varchar(8) NULL');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE reception_cases DROP COLUMN salutation');
    await qr.query('ALTER TABLE bookings DROP COLUMN salutation');
    await qr.query('ALTER TABLE users DROP COLUMN title');
    await qr.query('ALTER TABLE users DROP COLUMN full_name');
  }
}
