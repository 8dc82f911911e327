import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, instant, makeAppendOnly } from './schema-helpers.js';

/**
 * Periodic reports: the frozen figures of each report marked as sent (append-only, one row per version), and the
 * index the report's petition count reads (petitions of some units received in a date range).
 */
export class Reports1790300000000 implements MigrationInterface {
  name = 'Reports1790300000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'report_snapshots',
      [
        col.id(),
        col.ref('unit_id'),
        col.date('from_on'),
        col.date('to_on'),
        col.int('version'),
        col.str('document_number', 60),
        col.str('reason', 1000, true),
        col.text('body'),
        col.ref('sent_by', true),
        instant(qr, 'sent_at'),
      ],
      {
        indices: [
          { name: 'ux_report_snapshots_version', columns: ['unit_id', 'from_on', 'to_on', 'version'], unique: true },
        ],
      },
    );
    await makeAppendOnly(qr, 'report_snapshots');
    await qr.query('CREATE INDEX ix_petitions_unit_queue_received_on ON petitions (unit_id, queue, received_on)');
    await qr.query('CREATE INDEX ix_reception_cases_unit_received ON reception_cases (unit_id, received_on)');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX ix_reception_cases_unit_received');
    await qr.query('DROP INDEX ix_petitions_unit_queue_received_on');
    await qr.dropTable('report_snapshots');
  }
}
