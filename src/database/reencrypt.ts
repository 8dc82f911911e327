import type { DataSource, QueryRunner } from 'typeorm';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import type { KeyRotationTarget, RotationBatch } from '../common/crypto/key-rotation.js';

/** Plain values of a row's encrypted columns (null where the column is null). */
export type PlainRow = Record<string, string | null>;

/**
 * The encrypted columns of one table, declared by the module that owns it (with the same column contexts as its
 * cipher code), for `EncryptedTableRotation`.
 */
export interface EncryptedTableSpec {
  table: string;
  /** The row's id column (the record id bound into each ciphertext). */
  id: string;
  /** Encrypted column → its context. */
  columns: Readonly<Record<string, string>>;
  /** Columns of the same row computed from the plain values under the current key: the blind indexes. */
  derive?(plain: PlainRow, rowId: string): Record<string, string | null>;
  /** Writes of the owning module in its other tables that follow the row (in the row's transaction). */
  follow?(run: (sql: string, params: unknown[]) => Promise<number>, plain: PlainRow, rowId: string): Promise<void>;
}

/**
 * The mechanics of a key rotation over one table, used by the owning module's `KeyRotationTarget` (the SQL is the
 * module's: its table and columns, from its spec). Keyset pagination by id over the rows with a ciphertext not on the
 * current key (so a new run resumes where an interrupted one stopped: rows done are on the current key and skipped);
 * each row is decrypted (any key of the ring), re-encrypted under the current key, and written in its own transaction
 * with an optimistic check (`WHERE` every encrypted column still holds what was read), so a concurrent write by the
 * server is never lost: that row is counted as a conflict and picked up by the next pass if still stale.
 */
export class EncryptedTableRotation implements KeyRotationTarget {
  readonly table: string;
  readonly columns: readonly string[];
  readonly #names: string[];

  constructor(
    private readonly ds: DataSource,
    private readonly cipher: FieldCipher,
    private readonly spec: EncryptedTableSpec,
  ) {
    this.table = spec.table;
    this.#names = Object.keys(spec.columns);
    this.columns = this.#names;
  }

  #p(i: number): string {
    return this.ds.options.type === 'postgres' ? `$${i}` : '?';
  }

  /** SQL true when a column holds a ciphertext that is not `v3:<current id>:` (substr: `_` is a LIKE wildcard). */
  #stale(firstParam: number): { sql: string; params: string[] } {
    const prefix = `v3:${this.cipher.currentKeyId}:`;
    const pg = this.ds.options.type === 'postgres';
    return {
      sql: this.#names
        .map((c) => `(${c} IS NOT NULL AND substr(${c}, 1, ${prefix.length}) <> ${this.#p(firstParam)})`)
        .join(' OR '),
      // PostgreSQL reuses $n; SQLite's ? takes one value per occurrence.
      params: pg ? [prefix] : this.#names.map(() => prefix),
    };
  }

  async countStale(): Promise<number> {
    const stale = this.#stale(1);
    const [row] = (await this.ds.query(`SELECT COUNT(*) AS n FROM ${this.table} WHERE ${stale.sql}`, stale.params)) as {
      n: number | string;
    }[];
    return Number(row?.n ?? 0);
  }

  async rotateBatch(after: string, limit: number): Promise<RotationBatch> {
    const { id } = this.spec;
    const stale = this.#stale(2);
    const rows = (await this.ds.query(
      `SELECT ${id} AS row_id, ${this.#names.join(', ')} FROM ${this.table} WHERE ${id} > ${this.#p(1)} AND (${stale.sql}) ORDER BY ${id} LIMIT ${Math.max(1, Math.floor(limit))}`,
      [after, ...stale.params],
    )) as Record<string, string | null>[];
    let rewritten = 0;
    let conflicts = 0;
    for (const row of rows) {
      const rowId = String(row.row_id);
      const plain: PlainRow = {};
      const sets: Record<string, string | null> = {};
      for (const c of this.#names) {
        const value = row[c] ?? null;
        plain[c] = value === null ? null : this.cipher.decrypt(value, this.spec.columns[c]!, rowId);
        sets[c] = plain[c] === null ? null : this.cipher.encrypt(plain[c], this.spec.columns[c]!, rowId);
      }
      Object.assign(sets, this.spec.derive?.(plain, rowId) ?? {});
      if (await this.#write(rowId, row, sets, plain)) rewritten += 1;
      else conflicts += 1;
    }
    return {
      scanned: rows.length,
      rewritten,
      conflicts,
      next: rows.length < limit ? null : String(rows.at(-1)!.row_id),
    };
  }

  async #write(
    rowId: string,
    read: Record<string, string | null>,
    sets: Record<string, string | null>,
    plain: PlainRow,
  ) {
    const pg = this.ds.options.type === 'postgres';
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return this.#p(params.length);
    };
    const assignments = Object.entries(sets).map(([c, v]) => `${c} = ${p(v)}`);
    const where = [`${this.spec.id} = ${p(rowId)}`].concat(
      this.#names.map((c) => `${c} ${pg ? 'IS NOT DISTINCT FROM' : 'IS'} ${p(read[c] ?? null)}`),
    );
    const qr: QueryRunner = this.ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      const run = async (sql: string, values: unknown[]) => (await qr.query(sql, values, true)).affected ?? 0;
      const changed = await run(
        `UPDATE ${this.table} SET ${assignments.join(', ')} WHERE ${where.join(' AND ')}`,
        params,
      );
      if (changed === 1) await this.spec.follow?.(run, plain, rowId);
      await qr.commitTransaction();
      return changed === 1;
    } catch (e) {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      throw e;
    } finally {
      await qr.release();
    }
  }
}
