import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, instant } from './schema-helpers.js';

/**
 * Satisfaction surveys: versioned question sets, one-time invitations (hashed code, expiry, used flag) and anonymous
 * answers with their scores. Answers carry no reference to a person, case or invitation, and no timestamp (month
 * only); invitations carry no reference to a person or case either (docs/privacy.md, "Satisfaction surveys").
 */
export class Surveys1790200000000 implements MigrationInterface {
  name = 'Surveys1790200000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, 'survey_question_sets', [
      { name: 'version', type: 'integer', isPrimary: true },
      col.date('valid_from'),
      col.text('document'),
    ]);
    await createTable(
      qr,
      'survey_invitations',
      [
        col.id(),
        col.str('token_hash', 64),
        col.ref('unit_id'),
        col.str('kind', 16),
        instant(qr, 'expires_at'),
        col.bool('used', false),
      ],
      {
        foreignKeys: [{ columns: ['unit_id'], table: 'units' }],
        indices: [{ columns: ['token_hash'], unique: true }],
      },
    );
    await createTable(
      qr,
      'survey_answers',
      [
        col.id(),
        col.ref('unit_id'),
        col.str('kind', 16),
        col.str('period', 7),
        col.int('question_set_version'),
        col.text('comment', true),
      ],
      {
        foreignKeys: [
          { columns: ['unit_id'], table: 'units' },
          { columns: ['question_set_version'], table: 'survey_question_sets', refColumns: ['version'] },
        ],
        indices: [{ columns: ['unit_id', 'period'] }],
      },
    );
    await createTable(
      qr,
      'survey_scores',
      [
        { ...col.ref('answer_id'), isPrimary: true },
        { ...col.str('criterion', 32), isPrimary: true },
        col.int('score'),
      ],
      { foreignKeys: [{ columns: ['answer_id'], table: 'survey_answers', onDelete: 'CASCADE' }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('survey_scores');
    await qr.dropTable('survey_answers');
    await qr.dropTable('survey_invitations');
    await qr.dropTable('survey_question_sets');
  }
}
