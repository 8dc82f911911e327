import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/load-config.js';
import { buildDataSourceOptions } from '../database/data-source.options.js';
import { keyRotationTargets } from './key-rotation-targets.js';

const PASSES = 5;

function option(name: string, fallback: number, min: number, max: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number ${min}–${max}`);
  return n;
}

/**
 * `npm run rotate-key [-- --batch <rows> --pause <ms>]`: re-encrypts every encrypted field under the current data key
 * (the first of DATA_KEYS) and rebuilds the blind indexes, table by table, in batches, while the servers run (they
 * must already run with the new DATA_KEYS, so that what they write is on the new key and they read both). Resumable:
 * rows already on the current key are skipped, so a run that was stopped is simply started again. A row changed by a
 * server between read and write is left alone and retried in the next pass (up to 5). Exit 0 when no ciphertext is
 * left on another key, 1 otherwise, 2 on a usage error.
 */
async function main(): Promise<number> {
  let batch: number;
  let pause: number;
  try {
    batch = option('--batch', 200, 1, 10_000);
    pause = option('--pause', 0, 0, 60_000);
  } catch (e) {
    process.stderr.write(`usage: npm run rotate-key [-- --batch <rows> --pause <ms>]: ${(e as Error).message}\n`);
    return 2;
  }
  const config = loadAppConfig();
  const ds = await new DataSource(buildDataSourceOptions(config.database)).initialize();
  try {
    const targets = keyRotationTargets(ds, config);
    process.stdout.write(`rotating to data key "${config.dataKeys.current.id}"\n`);
    for (let pass = 1; pass <= PASSES; pass += 1) {
      let conflicts = 0;
      for (const target of targets) {
        let after = '';
        let rewritten = 0;
        for (;;) {
          const r = await target.rotateBatch(after, batch);
          rewritten += r.rewritten;
          conflicts += r.conflicts;
          if (r.next === null) break;
          after = r.next;
          if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
        }
        if (rewritten > 0) process.stdout.write(`${target.table}: ${rewritten} rows re-encrypted\n`);
      }
      let stale = 0;
      for (const target of targets) stale += await target.countStale();
      if (stale === 0) {
        process.stdout.write(`done: no ciphertext left on another key (pass ${pass})\n`);
        return 0;
      }
      process.stdout.write(`pass ${pass}: ${stale} rows still on another key (${conflicts} changed meanwhile)\n`);
    }
    process.stdout.write(
      'rows are still on another key: is a server still running with the old DATA_KEYS? Run again after restarting it\n',
    );
    return 1;
  } finally {
    await ds.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`rotate-key failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
