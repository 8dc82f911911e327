import { createHash } from 'node:crypto';

/**
 * The audit log is a hash chain: row n stores `prev_hash` = the hash of row n-1 and `hash` = SHA-256 over its own
 * canonical content plus `prev_hash`. Rewriting a row changes its hash (its stored hash no longer matches, or the next
 * row's `prev_hash` no longer does); deleting a row leaves a gap in `seq` and a `prev_hash` that names a missing row.
 */

/** The `prev_hash` of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** The content of an audit row that the chain protects (every column). */
export interface ChainedRow {
  seq: number;
  id: string;
  /** Milliseconds since the epoch (the column keeps milliseconds on both databases). */
  atMs: number;
  actorId: string | null;
  actorUsername: string | null;
  actorRoles: string[];
  action: string;
  entityType: string;
  entityId: string | null;
  requestId: string | null;
  summary: string | null;
  prevHash: string;
}

/** A canonical, unambiguous text of a row: a JSON array in a fixed order (JSON escapes every separator). */
export function canonicalRow(r: ChainedRow): string {
  return JSON.stringify([
    'tiepdan-audit-v1',
    r.seq,
    r.id,
    r.atMs,
    r.actorId,
    r.actorUsername,
    r.actorRoles,
    r.action,
    r.entityType,
    r.entityId,
    r.requestId,
    r.summary,
    r.prevHash,
  ]);
}

export function rowHash(r: ChainedRow): string {
  return createHash('sha256').update(canonicalRow(r), 'utf8').digest('hex');
}

/** The chain's last link: the next row gets `seq + 1` and `prevHash = hash`. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const EMPTY_HEAD: ChainHead = { seq: 0, hash: GENESIS_HASH };

/** Links rows (in order) after `head`: their seq, prev_hash and hash. */
export function link<T extends Omit<ChainedRow, 'seq' | 'prevHash'>>(
  head: ChainHead,
  rows: T[],
): { rows: (T & { seq: number; prevHash: string; hash: string })[]; head: ChainHead } {
  let current = head;
  const linked = rows.map((row) => {
    const full = { ...row, seq: current.seq + 1, prevHash: current.hash };
    const hash = rowHash(full);
    current = { seq: full.seq, hash };
    return { ...full, hash };
  });
  return { rows: linked, head: current };
}

export type ChainBreak = { seq: number | null; id: string; reason: 'gap' | 'prev_hash' | 'hash' | 'unchained' };

/**
 * Checks rows read in `seq` order, batch by batch: `check(batch)` returns the first broken row, if any, and carries the
 * head over to the next batch. Starts from the genesis: the first row must have seq 1.
 */
export class ChainVerifier {
  private head: ChainHead = EMPTY_HEAD;
  private count = 0;

  check(
    rows: (Omit<ChainedRow, 'seq' | 'prevHash'> & {
      seq: number | null;
      prevHash: string | null;
      hash: string | null;
    })[],
  ): ChainBreak | null {
    for (const row of rows) {
      if (row.seq === null || row.prevHash === null || row.hash === null)
        return { seq: row.seq, id: row.id, reason: 'unchained' };
      if (row.seq !== this.head.seq + 1) return { seq: this.head.seq + 1, id: row.id, reason: 'gap' };
      if (row.prevHash !== this.head.hash) return { seq: row.seq, id: row.id, reason: 'prev_hash' };
      if (rowHash({ ...row, seq: row.seq, prevHash: row.prevHash }) !== row.hash)
        return { seq: row.seq, id: row.id, reason: 'hash' };
      this.head = { seq: row.seq, hash: row.hash };
      this.count += 1;
    }
    return null;
  }

  get verified(): { count: number; head: ChainHead } {
    return { count: this.count, head: this.head };
  }
}

/**
 * Milliseconds of an instant as a driver returns it: a Date (pg) or SQLite text (`2026-03-02 01:00:00.000`, UTC, as
 * TypeORM writes it; also with `T`/`Z`).
 */
export function instantMillis(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    let text = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(value) ? value.replace(' ', 'T') : value;
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) text += 'Z';
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new Error(`not an instant: ${String(value)}`);
}

/** The stored JSON of actor roles (simple-json) as an array; anything else is kept as a one-element marker. */
export function rolesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      /* fall through */
    }
  }
  return [`!${String(value)}`];
}
