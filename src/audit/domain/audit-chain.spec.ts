import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ChainVerifier, EMPTY_HEAD, GENESIS_HASH, instantMillis, link, rolesOf, rowHash } from './audit-chain.js';

const str = (max: number) => fc.string({ maxLength: max });
const row = fc.record({
  id: fc.uuid(),
  atMs: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  actorId: fc.option(fc.uuid(), { nil: null }),
  actorUsername: fc.option(str(64), { nil: null }),
  actorRoles: fc.array(fc.constantFrom('admin', 'office', 'inspector', 'secretary'), { maxLength: 3 }),
  action: str(32),
  entityType: str(48),
  entityId: fc.option(str(64), { nil: null }),
  requestId: fc.option(str(64), { nil: null }),
  summary: fc.option(str(300), { nil: null }),
});

describe('audit hash chain', () => {
  it('starts at seq 1 after the genesis hash and links every row to the previous one', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
        const { rows: linked, head } = link(EMPTY_HEAD, rows);
        expect(linked[0]!.seq).toBe(1);
        expect(linked[0]!.prevHash).toBe(GENESIS_HASH);
        for (let i = 1; i < linked.length; i += 1) expect(linked[i]!.prevHash).toBe(linked[i - 1]!.hash);
        expect(head).toEqual({ seq: linked.length, hash: linked[linked.length - 1]!.hash });
        const v = new ChainVerifier();
        expect(v.check(linked)).toBeNull();
        expect(v.verified.count).toBe(rows.length);
      }),
    );
  });

  it('verifies in batches the same as at once', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 20 }), fc.nat(), (rows, cut) => {
        const { rows: linked } = link(EMPTY_HEAD, rows);
        const at = cut % linked.length;
        const v = new ChainVerifier();
        expect(v.check(linked.slice(0, at))).toBeNull();
        expect(v.check(linked.slice(at))).toBeNull();
        expect(v.verified.count).toBe(linked.length);
      }),
    );
  });

  it('names the first rewritten row', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), fc.nat(), str(32), (rows, pick, action) => {
        const { rows: linked } = link(EMPTY_HEAD, rows);
        const i = pick % linked.length;
        fc.pre(linked[i]!.action !== action);
        const tampered = linked.map((r, j) => (j === i ? { ...r, action } : r));
        expect(new ChainVerifier().check(tampered)).toEqual({ seq: i + 1, id: linked[i]!.id, reason: 'hash' });
      }),
    );
  });

  it('names the row after a deleted one, and a rewritten row whose hash was recomputed breaks the next link', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 3, maxLength: 20 }), fc.nat(), (rows, pick) => {
        const { rows: linked } = link(EMPTY_HEAD, rows);
        const i = pick % (linked.length - 1);
        const without = linked.filter((_, j) => j !== i);
        expect(new ChainVerifier().check(without)).toMatchObject({ seq: i + 1, id: linked[i + 1]!.id, reason: 'gap' });
        const forged = { ...linked[i]!, summary: 'forged' };
        const reHashed = linked.map((r, j) => (j === i ? { ...forged, hash: rowHash(forged) } : r));
        expect(new ChainVerifier().check(reHashed)).toMatchObject({ seq: i + 2, reason: 'prev_hash' });
      }),
    );
  });

  it('refuses rows without chain columns', () => {
    const { rows: linked } = link(EMPTY_HEAD, [
      {
        id: 'a',
        atMs: 0,
        actorId: null,
        actorUsername: null,
        actorRoles: [],
        action: 'x',
        entityType: 'y',
        entityId: null,
        requestId: null,
        summary: null,
      },
    ]);
    expect(new ChainVerifier().check([{ ...linked[0]!, seq: null }])).toMatchObject({ reason: 'unchained' });
  });

  it('reads instants as either driver returns them', () => {
    const ms = Date.UTC(2026, 2, 2, 1, 0, 0, 123);
    expect(instantMillis(new Date(ms))).toBe(ms);
    expect(instantMillis('2026-03-02 01:00:00.123')).toBe(ms);
    expect(instantMillis('2026-03-02T01:00:00.123Z')).toBe(ms);
    expect(() => instantMillis('yesterday')).toThrow();
    expect(rolesOf('["office"]')).toEqual(['office']);
    expect(rolesOf(['admin'])).toEqual(['admin']);
    expect(rolesOf('nope')).toEqual(['!nope']);
  });
});
