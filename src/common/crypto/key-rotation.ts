/**
 * Key rotation (`npm run rotate-key`): every module that stores ciphertexts of `FieldCipher` exposes its encrypted
 * tables as `KeyRotationTarget`s, and rewrites them itself: one owner per table holds for the rotation too. The
 * command (src/maintenance/rotate-key-main.ts) only walks the targets.
 */

/** What one batch of a target did. `next`: the id to continue after, null when the table is done. */
export interface RotationBatch {
  scanned: number;
  rewritten: number;
  /** Rows changed by someone else between read and write (left for the next pass, never overwritten). */
  conflicts: number;
  next: string | null;
}

export interface KeyRotationTarget {
  /** The table rewritten (its module owns it). */
  readonly table: string;
  /** Its encrypted columns (database names). */
  readonly columns: readonly string[];
  /**
   * Re-encrypts up to `limit` rows with an id greater than `after` ('' to start) that hold a ciphertext not on the
   * current key, and rebuilds their blind indexes; each row in its own short transaction, written only if it did not
   * change since it was read.
   */
  rotateBatch(after: string, limit: number): Promise<RotationBatch>;
  /** Rows that still hold a ciphertext not on the current key. */
  countStale(): Promise<number>;
}
