import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering indexes for the periodic report's petition count (src/tasks/petition-figures.reader.ts): the petitions of
 * some units received in a date range are read from the index alone (type, status and id included), and each
 * petition's lateness check over its tasks (completed after due, or open past due) reads only
 * tasks(petition_id, completed_at, due_at) instead of every task row. They replace the narrower
 * ix_petitions_unit_queue_received_on (Reports) and ix_tasks_petition (Petitions), each a prefix of its new index
 * (so every lookup they served is still served, and the planner cannot pick the narrower one).
 */
export class ReportIndexes1790800000000 implements MigrationInterface {
  name = 'ReportIndexes1790800000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query('CREATE INDEX ix_petitions_report ON petitions (unit_id, queue, received_on, type, status, id)');
    await qr.query('DROP INDEX ix_petitions_unit_queue_received_on');
    await qr.query('CREATE INDEX ix_tasks_petition_timeliness ON tasks (petition_id, completed_at, due_at)');
    await qr.query('DROP INDEX ix_tasks_petition');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('CREATE INDEX ix_tasks_petition ON tasks (petition_id)');
    await qr.query('DROP INDEX ix_tasks_petition_timeliness');
    await qr.query('CREATE INDEX ix_petitions_unit_queue_received_on ON petitions (unit_id, queue, received_on)');
    await qr.query('DROP INDEX ix_petitions_report');
  }
}
