import type { MigrationInterface, QueryRunner } from 'typeorm';
import { firstUnchained, queryOf, rowsInTimeOrder } from '../../audit/audit-chain.store.js';
import { EMPTY_HEAD, GENESIS_HASH, link } from '../../audit/domain/audit-chain.js';
import { isPg } from './schema-helpers.js';

/**
 * Makes the audit log tamper-evident:
 * - chain columns `seq`, `prev_hash`, `hash` (src/audit/domain/audit-chain.ts); the rows already there are chained in
 *   time order;
 * - an insert trigger that refuses a row that does not continue the chain (seq = head + 1, prev_hash = head's hash) or
 *   reuses an id: on SQLite `INSERT OR REPLACE` deletes the old row without firing delete triggers, this refuses it
 *   before any conflict is resolved;
 * - PostgreSQL: TRUNCATE refused by a statement trigger (UPDATE and DELETE already were).
 * A superuser can still drop triggers: the chain makes such a rewrite or deletion visible (`npm run audit:verify`).
 */
export class AuditChain1790000431870 implements MigrationInterface {
  name = 'AuditChain1790000431870';

  async up(qr: QueryRunner): Promise<void> {
    const pg = isPg(qr);
    for (const c of ['seq integer', 'prev_hash varchar(64)', 'hash varchar(64)'])
      await qr.query(`ALTER TABLE audit_log ADD COLUMN ${c}`);

    // Chain the existing rows (the append-only trigger is lifted for this transaction only).
    if (pg) await qr.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    else await qr.query('DROP TRIGGER audit_log_no_update');
    const query = queryOf((sql, params) => qr.query(sql, params), pg);
    const { rows } = link(EMPTY_HEAD, await rowsInTimeOrder(query));
    for (const r of rows)
      await query('UPDATE audit_log SET seq = $1, prev_hash = $2, hash = $3 WHERE id = $4', [
        r.seq,
        r.prevHash,
        r.hash,
        r.id,
      ]);
    if (await firstUnchained(query)) throw new Error('audit_log: a row could not be chained');
    if (pg) await qr.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    else
      await qr.query(
        `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
      );

    await qr.query('CREATE UNIQUE INDEX ux_audit_log_seq ON audit_log (seq)');
    if (pg) {
      for (const c of ['seq', 'prev_hash', 'hash'])
        await qr.query(`ALTER TABLE audit_log ALTER COLUMN ${c} SET NOT NULL`);
      await qr.query(`CREATE OR REPLACE FUNCTION tiepdan_audit_chain_insert() RETURNS trigger AS $$
        DECLARE head_seq integer; head_hash varchar(64);
        BEGIN
          SELECT seq, hash INTO head_seq, head_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
          IF NEW.seq IS DISTINCT FROM COALESCE(head_seq, 0) + 1 OR NEW.prev_hash IS DISTINCT FROM COALESCE(head_hash, '${GENESIS_HASH}') THEN
            RAISE EXCEPTION 'audit_log is append-only: row % does not continue the chain', NEW.id;
          END IF;
          RETURN NEW;
        END; $$ LANGUAGE plpgsql`);
      await qr.query(
        'CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION tiepdan_audit_chain_insert()',
      );
      await qr.query(
        'CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION tiepdan_append_only()',
      );
    } else {
      await qr.query(`CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
        WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
          OR NEW.hash IS NULL
          OR NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_log)
          OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '${GENESIS_HASH}')
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: the row does not continue the chain'); END`);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    if (isPg(qr)) {
      await qr.query('DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log');
      await qr.query('DROP TRIGGER IF EXISTS audit_log_chain ON audit_log');
      await qr.query('DROP FUNCTION IF EXISTS tiepdan_audit_chain_insert()');
    } else {
      await qr.query('DROP TRIGGER IF EXISTS audit_log_chain');
    }
    await qr.query('DROP INDEX IF EXISTS ux_audit_log_seq');
    for (const c of ['hash', 'prev_hash', 'seq']) await qr.query(`ALTER TABLE audit_log DROP COLUMN ${c}`);
  }
}
