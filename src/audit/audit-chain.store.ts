import { instantMillis, rolesOf, type ChainedRow } from './domain/audit-chain.js';

/** Runs SQL with `$1`-style parameters (rewritten to `?` for SQLite). */
export type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export function queryOf(run: (sql: string, params?: unknown[]) => Promise<unknown>, postgres: boolean): Query {
  return async (sql, params) =>
    (await run(postgres ? sql : sql.replace(/\$\d+/g, '?'), params)) as Record<string, unknown>[];
}

const COLUMNS =
  'id, at, actor_id, actor_username, actor_roles, action, entity_type, entity_id, request_id, summary, seq, prev_hash, hash';

export type StoredRow = Omit<ChainedRow, 'seq' | 'prevHash'> & {
  seq: number | null;
  prevHash: string | null;
  hash: string | null;
};

/** A stored row read back with raw SQL, as the chain sees it (the same values the app hashed when appending it). */
export function storedRow(r: Record<string, unknown>): StoredRow {
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: String(r.id),
    atMs: instantMillis(r.at),
    actorId: str(r.actor_id),
    actorUsername: str(r.actor_username),
    actorRoles: rolesOf(r.actor_roles),
    action: String(r.action),
    entityType: String(r.entity_type),
    entityId: str(r.entity_id),
    requestId: str(r.request_id),
    summary: str(r.summary),
    seq: r.seq === null || r.seq === undefined ? null : Number(r.seq),
    prevHash: str(r.prev_hash),
    hash: str(r.hash),
  };
}

/** Rows after `afterSeq`, in chain order. */
export async function rowsAfter(query: Query, afterSeq: number, limit: number): Promise<StoredRow[]> {
  return (
    await query(`SELECT ${COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT ${Number(limit)}`, [afterSeq])
  ).map(storedRow);
}

/** A row that is not in the chain at all (written around the app with empty chain columns), if any. */
export async function firstUnchained(query: Query): Promise<StoredRow | null> {
  const rows = await query(
    `SELECT ${COLUMNS} FROM audit_log WHERE seq IS NULL OR prev_hash IS NULL OR hash IS NULL LIMIT 1`,
  );
  return rows.length > 0 ? storedRow(rows[0]!) : null;
}

/** Every row in the order they were written before the chain existed (for the migration that chains them). */
export async function rowsInTimeOrder(query: Query): Promise<StoredRow[]> {
  return (await query(`SELECT ${COLUMNS} FROM audit_log ORDER BY at, id`)).map(storedRow);
}
