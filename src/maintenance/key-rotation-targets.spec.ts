import { describe, expect, it } from '@jest/globals';
import { getMetadataArgsStorage } from 'typeorm';
import type { DataSource } from 'typeorm';
import { parseDataKeys } from '../common/crypto/data-key.js';
import type { AppConfig } from '../config/app-config.js';
import { ALL_ENTITIES } from '../database/entities.js';
import { snakeCase } from '../database/snake-naming.strategy.js';
import { keyRotationTargets } from './key-rotation-targets.js';

describe('key rotation targets', () => {
  const ds = { options: { type: 'better-sqlite3' } } as unknown as DataSource;
  const config = { dataKeys: parseDataKeys(`new:${'1'.repeat(64)},k0:${'2'.repeat(64)}`) } as AppConfig;
  const targets = keyRotationTargets(ds, config);

  it('cover every encrypted column (…Enc) of every entity: a new one must be added to its module’s rotation', () => {
    const storage = getMetadataArgsStorage();
    const encrypted: string[] = [];
    for (const entity of ALL_ENTITIES) {
      const table = storage.tables.find((t) => t.target === entity)?.name;
      for (const c of storage.columns.filter((col) => col.target === entity && /Enc$/.test(col.propertyName)))
        encrypted.push(`${table}.${c.options.name ?? snakeCase(c.propertyName)}`);
    }
    expect(encrypted.length).toBeGreaterThanOrEqual(16);
    const covered = targets.flatMap((t) => t.columns.map((c) => `${t.table}.${c}`));
    expect([...covered].sort()).toEqual([...encrypted].sort());
  });

  it('name each table once', () => {
    const tables = targets.map((t) => t.table);
    expect(new Set(tables).size).toBe(tables.length);
  });
});
