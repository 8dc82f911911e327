import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, instant, makeAppendOnly } from './schema-helpers.js';

/**
 * Direct dialogues: the dialogue, its chairs (indexed by official for the chairs' feeds), questions sent before it,
 * the minutes with their items (answers and commitments that become follow-up tasks) and append-only amendments.
 */
export class Dialogues1764255600000 implements MigrationInterface {
  name = 'Dialogues1764255600000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'dialogues',
      [
        col.id(),
        col.ref('unit_id'),
        col.str('topic', 500),
        col.text('content', true),
        instant(qr, 'starts_at'),
        instant(qr, 'ends_at'),
        col.str('time_zone', 64),
        col.date('local_date'),
        col.str('mode', 16),
        col.ref('venue_id', true),
        col.str('online_url', 500, true),
        col.text('co_organizers'),
        col.str('trigger', 16),
        col.int('voter_share_bp', true),
        col.str('status', 20),
        col.date('publish_by', true),
        col.date('results_by', true),
        instant(qr, 'published_at', true),
        instant(qr, 'held_at', true),
        col.text('results_summary', true),
        instant(qr, 'results_published_at', true),
        col.date('results_published_on', true),
        col.str('change_reason', 1000, true),
        col.int('sequence', false, 0),
        col.ref('created_by', true),
        instant(qr, 'created_at'),
        instant(qr, 'updated_at'),
      ],
      {
        foreignKeys: [
          { columns: ['unit_id'], table: 'units' },
          { columns: ['venue_id'], table: 'venues' },
        ],
        indices: [
          { columns: ['unit_id', 'starts_at'] },
          { columns: ['status', 'starts_at'] },
          { columns: ['unit_id', 'local_date'] },
        ],
      },
    );
    await createTable(
      qr,
      'dialogue_chairs',
      [
        { ...col.ref('dialogue_id'), isPrimary: true },
        { ...col.ref('official_id'), isPrimary: true },
        col.int('position'),
      ],
      {
        foreignKeys: [
          { columns: ['dialogue_id'], table: 'dialogues', onDelete: 'CASCADE' },
          { columns: ['official_id'], table: 'officials' },
        ],
        indices: [{ columns: ['official_id', 'dialogue_id'] }],
      },
    );
    await createTable(
      qr,
      'dialogue_questions',
      [
        col.id(),
        col.ref('dialogue_id'),
        col.str('full_name', 120),
        col.text('contact_enc', true),
        col.str('question', 2000),
        col.str('public_text', 2000, true),
        col.str('status', 16),
        col.str('reject_reason', 1000, true),
        col.ref('merged_into_id', true),
        col.ref('moderated_by', true),
        instant(qr, 'moderated_at', true),
        instant(qr, 'created_at'),
      ],
      {
        foreignKeys: [
          { columns: ['dialogue_id'], table: 'dialogues', onDelete: 'CASCADE' },
          { columns: ['merged_into_id'], table: 'dialogue_questions' },
        ],
        indices: [{ columns: ['dialogue_id', 'status', 'created_at'] }],
      },
    );
    await createTable(
      qr,
      'dialogue_minutes',
      [
        col.id(),
        col.ref('dialogue_id'),
        col.str('status', 16),
        col.text('summary', true),
        col.str('content_hash', 80, true),
        instant(qr, 'finalized_at', true),
        col.ref('finalized_by', true),
        col.ref('created_by', true),
        instant(qr, 'created_at'),
        instant(qr, 'updated_at'),
      ],
      {
        foreignKeys: [{ columns: ['dialogue_id'], table: 'dialogues', onDelete: 'CASCADE' }],
        indices: [{ name: 'ux_dialogue_minutes_dialogue', columns: ['dialogue_id'], unique: true }],
      },
    );
    await createTable(
      qr,
      'dialogue_minute_items',
      [
        col.id(),
        col.ref('minutes_id'),
        col.int('position'),
        col.ref('question_id', true),
        col.str('question_text', 2000),
        col.text('answer', true),
        col.ref('commitment_unit_id', true),
        col.date('commitment_due_date', true),
        col.str('commitment_text', 2000, true),
        col.ref('task_id', true),
        instant(qr, 'created_at'),
      ],
      {
        foreignKeys: [
          { columns: ['minutes_id'], table: 'dialogue_minutes', onDelete: 'CASCADE' },
          { columns: ['question_id'], table: 'dialogue_questions' },
          { columns: ['commitment_unit_id'], table: 'units' },
        ],
        indices: [
          { name: 'ux_dialogue_minute_items_pos', columns: ['minutes_id', 'position'], unique: true },
          { columns: ['task_id'] },
        ],
      },
    );
    await createTable(
      qr,
      'dialogue_minute_amendments',
      [
        col.id(),
        col.ref('minutes_id'),
        col.str('reason', 1000),
        col.text('text'),
        col.ref('created_by', true),
        instant(qr, 'created_at'),
      ],
      {
        foreignKeys: [{ columns: ['minutes_id'], table: 'dialogue_minutes' }],
        indices: [{ columns: ['minutes_id', 'created_at'] }],
      },
    );
    await makeAppendOnly(qr, 'dialogue_minute_amendments');
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of [
      'dialogue_minute_amendments',
      'dialogue_minute_items',
      'dialogue_minutes',
      'dialogue_questions',
      'dialogue_chairs',
      'dialogues',
    ])
      await qr.dropTable(t, true);
  }
}
