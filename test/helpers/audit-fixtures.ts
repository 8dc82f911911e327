import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { ON_POSTGRES } from './test-db.js';
import { baseEnv, type TestServer } from './server.js';

/** The compiled `npm run audit:verify` entry point, beside the server the tests start. */
const VERIFY_JS = join(
  dirname(process.env.TIEPDAN_MAIN ?? join(process.cwd(), 'dist', 'main.js')),
  'audit',
  'verify-main.js',
);

/** Runs `audit:verify` on the test server's database (as the operator would, with the same DATABASE_* settings). */
export function runVerify(t: TestServer, ...args: string[]): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [VERIFY_JS, ...args], {
    env: { ...baseEnv(), ...t.db.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Makes every audit insert for `entityType` fail (a trigger added behind the app's back). */
export async function failAuditInserts(t: TestServer, entityType: string): Promise<void> {
  if (ON_POSTGRES) {
    await t.db.query(`CREATE FUNCTION test_audit_fail() RETURNS trigger AS $$ BEGIN
      IF NEW.entity_type = '${entityType}' THEN RAISE EXCEPTION 'audit insert refused (test)'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await t.db.query(
      'CREATE TRIGGER test_audit_fail BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_audit_fail()',
    );
  } else {
    await t.db.query(`CREATE TRIGGER test_audit_fail BEFORE INSERT ON audit_log WHEN NEW.entity_type = '${entityType}'
      BEGIN SELECT RAISE(ABORT, 'audit insert refused (test)'); END`);
  }
}

export async function restoreAuditInserts(t: TestServer): Promise<void> {
  if (ON_POSTGRES) {
    await t.db.query('DROP TRIGGER test_audit_fail ON audit_log');
    await t.db.query('DROP FUNCTION test_audit_fail()');
  } else {
    await t.db.query('DROP TRIGGER test_audit_fail');
  }
}

/** What an attacker with the database owner's rights can do: switch the append-only triggers off. */
export async function dropAppendOnlyTriggers(t: TestServer): Promise<void> {
  if (ON_POSTGRES) await t.db.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
  else
    for (const name of ['audit_log_no_update', 'audit_log_no_delete', 'audit_log_chain'])
      await t.db.query(`DROP TRIGGER ${name}`);
}

/** Puts the database back as it was before the chain migration (its `down`), keeping the rows. */
export async function undoChainMigration(t: TestServer): Promise<void> {
  if (ON_POSTGRES) {
    await t.db.query('DROP TRIGGER audit_log_no_truncate ON audit_log');
    await t.db.query('DROP TRIGGER audit_log_chain ON audit_log');
    await t.db.query('DROP FUNCTION tiepdan_audit_chain_insert()');
  } else {
    await t.db.query('DROP TRIGGER audit_log_chain');
  }
  await t.db.query('DROP INDEX ux_audit_log_seq');
  for (const c of ['hash', 'prev_hash', 'seq']) await t.db.query(`ALTER TABLE audit_log DROP COLUMN ${c}`);
  await t.db.query("DELETE FROM migrations WHERE name = 'AuditChain1790000431870'");
}

export const num = (v: unknown) => Number(v);
