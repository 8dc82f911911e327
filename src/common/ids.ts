import { v7 as uuidv7 } from 'uuid';

/**
 * New record ids: UUIDv7 (RFC 9562): 48 bits of Unix time in milliseconds, then random bits, monotonic within a
 * process. Time-ordered keys make inserts append to the right edge of primary-key indexes instead of touching a
 * random page per row: fewer pages written per commit on SQLite, less index bloat on PostgreSQL. The id tells when
 * the record was made (as its createdAt does); it is not a secret (citizens hold codes and tokens, never ids).
 */
export function newId(): string {
  return uuidv7();
}
