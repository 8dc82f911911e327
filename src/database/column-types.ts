import type { ColumnType } from 'typeorm';

/**
 * The only driver-specific part of entities and migrations: column types for instants.
 * Decided once per process from DATABASE_URL (entities are decorated at import time).
 */
export const IS_POSTGRES = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');

/** An instant, stored in UTC. */
export const INSTANT: ColumnType = IS_POSTGRES ? 'timestamptz' : 'datetime';
/** Free text without a length limit. */
export const TEXT: ColumnType = 'text';
