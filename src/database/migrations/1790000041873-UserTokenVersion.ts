import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPg } from './schema-helpers.js';

/**
 * Accounts can be locked out at once: `token_version` is copied into every token and bumped on disable, role or unit
 * change and password change or reset (the guard refuses a token whose version differs). `must_change_password` marks a
 * one-time password set by an admin: it only lets the user choose a new password.
 */
export class UserTokenVersion1790000041873 implements MigrationInterface {
  name = 'UserTokenVersion1790000041873';

  async up(qr: QueryRunner): Promise<void> {
    // Plain ALTER TABLE on both databases (TypeORM's addColumn rebuilds the table on SQLite).
    await qr.query('ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0');
    await qr.query(
      `ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT ${isPg(qr) ? 'false' : '0'}`,
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE users DROP COLUMN must_change_password');
    await qr.query('ALTER TABLE users DROP COLUMN token_version');
  }
}
