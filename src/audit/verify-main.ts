import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { validateEnv } from '../config/env.validation.js';
import { buildDataSourceOptions } from '../database/data-source.options.js';
import { verifyAuditChain } from './audit-verify.js';
import { queryOf } from './audit-chain.store.js';

/**
 * `npm run audit:verify [-- --head <seq>:<hash>]`: checks the audit log's hash chain on the database the app uses
 * (DATABASE_URL, else DATABASE_PATH). Exit 0 when intact, 1 naming the first broken row, 2 when it could not check.
 * `--head` is a head printed by an earlier run (keep it outside the database): the chain must still hold that row
 * unchanged, which also detects rows removed from the end.
 */
async function main(): Promise<number> {
  const headArg = process.argv.indexOf('--head');
  const expected = headArg >= 0 ? /^(\d+):([0-9a-f]{64})$/.exec(process.argv[headArg + 1] ?? '') : null;
  if (headArg >= 0 && !expected) {
    process.stderr.write('usage: audit:verify [--head <seq>:<sha256 hex>]\n');
    return 2;
  }
  // Only the database settings are used: secrets are not needed to read the log.
  const config = validateEnv({ ...process.env, NODE_ENV: 'development' });
  const ds = await new DataSource(buildDataSourceOptions(config.database)).initialize();
  try {
    const postgres = ds.options.type === 'postgres';
    const result = await verifyAuditChain(
      queryOf((sql, params) => ds.query(sql, params), postgres),
      expected ? { seq: Number(expected[1]), hash: expected[2]! } : undefined,
    );
    if (result.ok) {
      process.stdout.write(
        `audit log intact: ${result.count} rows; head seq=${result.head.seq} hash=${result.head.hash}\n`,
      );
      return 0;
    }
    process.stdout.write(`audit log BROKEN at seq=${result.seq ?? 'none'} id=${result.id}: ${result.message}\n`);
    return 1;
  } finally {
    await ds.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`audit:verify failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
