import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPg } from './schema-helpers.js';

/**
 * The stored timeliness of each petition (issue 15: the city-year report under 2 s), so the periodic report counts
 * overdue petitions from indexed columns of `petitions` alone instead of an EXISTS over tasks and pauses per petition:
 * - `late_completed`: some task of the petition was completed after its due instant (final: `done` is final);
 * - `open_due_at`: the earliest due instant of its tasks not completed (null when none). It is compared with the
 *   report's "now" in SQL, so a task that goes past due without any write is counted late as time passes;
 * - `paused`: the petition has an open pause (its clock is stopped: an open task is then not late).
 * Late at `asOf` ⇔ late_completed OR (NOT paused AND open_due_at < asOf): `petitionTimeliness` in
 * src/reports/domain/figures.ts. The tasks module hands its summary to the petitions module in the same transaction
 * as every task write (`PetitionsRepository.setTaskTimeliness`); the petitions module sets `paused` with each pause
 * and resume. The backfill below computes the same values from the rows already there.
 * ix_petitions_report gets the three columns, so the report's count reads the index alone, and puts `type` before
 * `received_on`: the reader names the four types (`type IN (…)`), so each (unit, type) is one range of received days
 * and the rows come out in GROUP BY order (no sort of the year's rows; the reader is the only query on received_on).
 */
export class PetitionTimeliness1791000000000 implements MigrationInterface {
  name = 'PetitionTimeliness1791000000000';

  async up(qr: QueryRunner): Promise<void> {
    const pg = isPg(qr);
    await qr.query(`ALTER TABLE petitions ADD COLUMN late_completed boolean NOT NULL DEFAULT ${pg ? 'false' : '0'}`);
    await qr.query(`ALTER TABLE petitions ADD COLUMN open_due_at ${pg ? 'timestamptz' : 'datetime'} NULL`);
    await qr.query(`ALTER TABLE petitions ADD COLUMN paused boolean NOT NULL DEFAULT ${pg ? 'false' : '0'}`);
    await qr.query('DROP INDEX ix_petitions_report');
    await qr.query(`
      UPDATE petitions SET
        late_completed = EXISTS (SELECT 1 FROM tasks t WHERE t.petition_id = petitions.id
          AND t.completed_at IS NOT NULL AND t.completed_at > t.due_at),
        open_due_at = (SELECT MIN(t.due_at) FROM tasks t WHERE t.petition_id = petitions.id AND t.completed_at IS NULL),
        paused = EXISTS (SELECT 1 FROM petition_pauses pp WHERE pp.petition_id = petitions.id AND pp.to_on IS NULL)
      WHERE EXISTS (SELECT 1 FROM tasks t WHERE t.petition_id = petitions.id)
        OR EXISTS (SELECT 1 FROM petition_pauses pp WHERE pp.petition_id = petitions.id AND pp.to_on IS NULL)`);
    await qr.query(
      'CREATE INDEX ix_petitions_report ON petitions (unit_id, queue, type, received_on, status, late_completed, paused, open_due_at, id)',
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX ix_petitions_report');
    await qr.query('CREATE INDEX ix_petitions_report ON petitions (unit_id, queue, received_on, type, status, id)');
    await qr.query('ALTER TABLE petitions DROP COLUMN paused');
    await qr.query('ALTER TABLE petitions DROP COLUMN open_due_at');
    await qr.query('ALTER TABLE petitions DROP COLUMN late_completed');
  }
}
