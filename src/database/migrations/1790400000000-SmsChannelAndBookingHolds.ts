import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, instant } from './schema-helpers.js';

/**
 * SMS beside e-mail in the outbox, and bookings held until a one-time code confirms them.
 * - `outbox_messages.channel` (email | sms; existing rows are e-mails); `to_enc`: an SMS recipient's phone number,
 *   encrypted (the plain `to_address` holds only its mask); `secret`: the text is encrypted at rest, never shown to
 *   admins and blanked once sent (one-time codes); `template` (`kind@version`), `parts`, and the SMSC's delivery receipt
 *   (`delivery_state`, `delivered_at`).
 * - `sms_parts`: one row per submitted part (the SMSC's message id → the outbox message), for delivery receipts.
 * - `booking_verifications`: the one-time code of a pending booking (hash only), attempts, expiry, whether the hold
 *   took seats.
 */
export class SmsChannelAndBookingHolds1790400000000 implements MigrationInterface {
  name = 'SmsChannelAndBookingHolds1790400000000';

  async up(qr: QueryRunner): Promise<void> {
    const ts = qr.connection.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await qr.query(`ALTER TABLE outbox_messages ADD COLUMN channel varchar(8) NOT NULL DEFAULT 'email'`);
    await qr.query('ALTER TABLE outbox_messages ADD COLUMN to_enc text NULL');
    await qr.query('ALTER TABLE outbox_messages ADD COLUMN secret boolean NOT NULL DEFAULT false');
    await qr.query('ALTER TABLE outbox_messages ADD COLUMN template varchar(64) NULL');
    await qr.query('ALTER TABLE outbox_messages ADD COLUMN parts integer NULL');
    await qr.query('ALTER TABLE outbox_messages ADD COLUMN delivery_state varchar(16) NULL');
    await qr.query(`ALTER TABLE outbox_messages ADD COLUMN delivered_at ${ts} NULL`);
    await qr.query('CREATE INDEX ix_outbox_messages_channel_status ON outbox_messages (channel, status, created_at)');
    await createTable(
      qr,
      'sms_parts',
      [
        col.str('provider_id', 64),
        col.ref('message_id'),
        col.int('part'),
        col.str('state', 16, true),
        col.str('error', 16, true),
        instant(qr, 'done_at', true),
      ],
      { indices: [{ columns: ['message_id'] }] },
    );
    await qr.query('CREATE UNIQUE INDEX ux_sms_parts_provider_id ON sms_parts (provider_id)');
    await createTable(
      qr,
      'booking_verifications',
      [
        col.id('booking_id'),
        col.str('code_hash', 64),
        col.int('attempts', false, 0),
        col.str('channel', 8),
        col.bool('holds_seats', true),
        col.bool('wants_waitlist', false),
        instant(qr, 'expires_at'),
        instant(qr, 'created_at'),
      ],
      { indices: [{ columns: ['expires_at'] }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('booking_verifications', true);
    await qr.dropTable('sms_parts', true);
    await qr.query('DROP INDEX ix_outbox_messages_channel_status');
    for (const c of ['delivered_at', 'delivery_state', 'parts', 'template', 'secret', 'to_enc', 'channel'])
      await qr.query(`ALTER TABLE outbox_messages DROP COLUMN ${c}`);
  }
}
