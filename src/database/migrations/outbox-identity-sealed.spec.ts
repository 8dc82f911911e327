import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { ALL_MIGRATIONS } from './index.js';
import { OutboxIdentitySealed1790004817000 } from './1790004817000-OutboxIdentitySealed.js';

/** Messages queued before the flag existed are marked from what they refer to (SQLite in memory). */
describe('migration OutboxIdentitySealed: backfill', () => {
  const before = ALL_MIGRATIONS.filter((m) => m !== OutboxIdentitySealed1790004817000);
  let ds: DataSource;

  /** Inserts a row giving every other NOT NULL column without a default a neutral value of its type. */
  async function insert(table: string, values: Record<string, unknown>): Promise<void> {
    const cols = (await ds.query(`PRAGMA table_info(${table})`)) as {
      name: string;
      type: string;
      notnull: number;
      dflt_value: unknown;
      pk: number;
    }[];
    const row: Record<string, unknown> = { ...values };
    for (const c of cols) {
      if (c.name in row || !(c.notnull || c.pk) || c.dflt_value !== null) continue;
      row[c.name] = /int|bool/i.test(c.type)
        ? 1
        : /date|time/i.test(c.type)
          ? '2026-03-02 01:00:00.000'
          : `${c.name}-${Math.random().toString(36).slice(2, 8)}`;
    }
    const keys = Object.keys(row);
    await ds.query(
      `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`,
      keys.map((k) => row[k]),
    );
  }

  beforeAll(async () => {
    ds = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
    await ds.initialize();
    // Every migration but the one under test, then rows queued before it (without their parents: no foreign keys here).
    await ds.query('PRAGMA foreign_keys = OFF');
    for (const M of before) {
      const qr = ds.createQueryRunner();
      await new M().up(qr);
      await qr.release();
    }
    await insert('bookings', { id: 'b-plain', petition_type: 'complaint', status: 'confirmed' });
    await insert('bookings', { id: 'b-sealed', petition_type: 'denunciation', status: 'confirmed' });
    await insert('petitions', {
      id: 'p-plain',
      type: 'complaint',
      status: 'received',
      queue: 'main',
      channel: 'mail',
      complexity: 'normal',
    });
    await insert('petitions', {
      id: 'p-sealed',
      type: 'denunciation',
      status: 'received',
      queue: 'main',
      channel: 'mail',
      complexity: 'normal',
    });
    await insert('tasks', { id: 't-sealed', petition_id: 'p-sealed' });
    await insert('tasks', { id: 't-plain', petition_id: 'p-plain' });
    const msg = (id: string, kind: string, refType: string, refId: string) =>
      insert('outbox_messages', {
        id,
        kind,
        ref_type: refType,
        ref_id: refId,
        status: 'pending',
        attempts: 0,
        html: null,
      });
    await msg('m1', 'booking.confirmed', 'booking', 'b-plain');
    await msg('m2', 'booking.confirmed', 'booking', 'b-sealed');
    await msg('m3', 'petition.extension', 'petition', 'p-plain');
    await msg('m4', 'petition.extension', 'petition', 'p-sealed');
    await msg('m5', 'task.result', 'task', 't-sealed');
    await msg('m6', 'task.reminder', 'task', 't-sealed');
    await msg('m7', 'task.result', 'task', 't-plain');
    const qr = ds.createQueryRunner();
    await new OutboxIdentitySealed1790004817000().up(qr);
    await qr.release();
  });
  afterAll(() => ds.destroy());

  it('flags the messages to a denouncer, and only those', async () => {
    const rows = (await ds.query('SELECT id, identity_sealed FROM outbox_messages ORDER BY id')) as {
      id: string;
      identity_sealed: number;
    }[];
    expect(rows.map((r) => [r.id, Boolean(r.identity_sealed)])).toEqual([
      ['m1', false],
      ['m2', true],
      ['m3', false],
      ['m4', true],
      ['m5', true],
      ['m6', false],
      ['m7', false],
    ]);
  });
});
