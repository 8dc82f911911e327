import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, instant } from './schema-helpers.js';

/**
 * Server-side sessions of the staff workspace (the website's sign-in; the JSON API keeps its bearer tokens). The row id
 * is the SHA-256 of the random cookie value, so a copy of the table opens no session. `token_version` is the user's at
 * sign-in: a password change, disable, role or unit change ends every session as it ends every token.
 */
export class StaffSessions1790900000000 implements MigrationInterface {
  name = 'StaffSessions1790900000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'staff_sessions',
      [
        { ...col.str('id', 64), isPrimary: true },
        col.ref('user_id'),
        col.int('token_version'),
        instant(qr, 'created_at'),
        instant(qr, 'last_seen_at'),
        instant(qr, 'expires_at'),
      ],
      {
        foreignKeys: [{ columns: ['user_id'], table: 'users', onDelete: 'CASCADE' }],
        indices: [{ columns: ['user_id'] }, { columns: ['expires_at'] }],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('staff_sessions');
  }
}
