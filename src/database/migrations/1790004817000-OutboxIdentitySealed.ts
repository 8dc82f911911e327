import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `outbox_messages.identity_sealed`: the message is about a denunciation (a denunciation booking, a denunciation
 * petition, or the result of a task of one), so its recipient is the denouncer and the admin outbox view shows neither
 * the address nor the content (src/common/privacy/masking-policy.ts). Set at enqueue time; messages already queued
 * are marked from their reference.
 */
export class OutboxIdentitySealed1790004817000 implements MigrationInterface {
  name = 'OutboxIdentitySealed1790004817000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE outbox_messages ADD COLUMN identity_sealed boolean NOT NULL DEFAULT false');
    await qr.query(
      `UPDATE outbox_messages SET identity_sealed = true
        WHERE (ref_type = 'booking' AND ref_id IN (SELECT id FROM bookings WHERE petition_type = 'denunciation'))
           OR (ref_type = 'petition' AND ref_id IN (SELECT id FROM petitions WHERE type = 'denunciation'))
           OR (ref_type = 'task' AND kind = 'task.result'
               AND ref_id IN (SELECT t.id FROM tasks t JOIN petitions p ON p.id = t.petition_id WHERE p.type = 'denunciation'))`,
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('ALTER TABLE outbox_messages DROP COLUMN identity_sealed');
  }
}
