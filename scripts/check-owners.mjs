#!/usr/bin/env node
// One owner per table: finds every write to a table outside the module that owns it (npm run check:owners).
// The owner of a table is the module (folder under src/) whose *.entity.ts declares it. A write is a TypeORM
// save/insert/update/delete/upsert/remove on the entity, an update/insert/delete query builder on it, or raw SQL
// `UPDATE t`, `INSERT INTO t`, `DELETE FROM t`. Migrations (src/database/migrations) create and change every table.
// An optional argument names another checkout to scan. A heuristic on the source text, complementing the import rules of `npm run lint:deps`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = process.argv[2] ?? new URL('..', import.meta.url).pathname;
const SRC = join(ROOT, 'src');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? files(path)
      : /[.]tsx?$/.test(path) && !/[.]spec[.]tsx?$/.test(path)
        ? [path]
        : [];
  });
}

const moduleOf = (path) => relative(SRC, path).split(sep)[0];
const all = files(SRC);

// table → owner module, entity class → table
const owner = new Map();
const tableOf = new Map();
for (const path of all.filter((p) => p.endsWith('.entity.ts'))) {
  const text = readFileSync(path, 'utf8');
  for (const m of text.matchAll(/@Entity\(\{\s*name:\s*'(\w+)'[^)]*\)\s*export class (\w+)/g)) {
    owner.set(m[1], moduleOf(path));
    tableOf.set(m[2], m[1]);
  }
}

const WRITES = [
  /getRepository\((\w+)\)\s*\.\s*(?:save|insert|update|delete|upsert|remove|increment|decrement|softDelete)\(/g,
  /createQueryBuilder\(\)\s*\.\s*update\((\w+)\)/g,
  /\.insert\(\)\s*\.\s*into\((\w+)\)/g,
  /\.delete\(\)\s*\.\s*from\((\w+)\)/g,
  /(?:^|[^.\w])(?:em|manager|this\.ds\.manager)\s*\.\s*(?:save|insert|update|delete|upsert|remove)\((\w+)\s*,/g,
];
const RAW = /\b(?:UPDATE|INSERT\s+INTO|DELETE\s+FROM)\s+["`]?(\w+)/g;

const problems = [];
for (const path of all) {
  const rel = relative(ROOT, path);
  if (rel.startsWith(`src${sep}database${sep}migrations${sep}`)) continue;
  const text = readFileSync(path, 'utf8').replace(/\s+/g, ' ');
  const mod = moduleOf(path);
  const tables = new Set();
  for (const re of WRITES) for (const m of text.matchAll(re)) if (tableOf.has(m[1])) tables.add(tableOf.get(m[1]));
  for (const m of text.matchAll(RAW)) if (owner.has(m[1])) tables.add(m[1]);
  for (const t of tables) if (owner.get(t) !== mod) problems.push(`${rel}: writes ${t} (owned by src/${owner.get(t)})`);
}

if (problems.length) {
  console.error(`Writes outside the owning module:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check:owners: ${owner.size} tables, every write in its owning module (${all.length} files).`);
