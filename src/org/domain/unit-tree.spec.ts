import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ancestorsOf, isInForce, subtreeOf, wouldCreateCycle, type UnitNode } from './unit-tree.js';

const tree: UnitNode[] = [
  { id: 'city', parentId: null },
  { id: 'w1', parentId: 'city' },
  { id: 'w2', parentId: 'city' },
  { id: 'dept', parentId: 'w1' },
  { id: 'other', parentId: null },
];

describe('unit tree', () => {
  it('scopes a unit to itself and its descendants', () => {
    expect([...subtreeOf(tree, 'city')].sort()).toEqual(['city', 'dept', 'w1', 'w2']);
    expect([...subtreeOf(tree, 'w1')].sort()).toEqual(['dept', 'w1']);
    expect([...subtreeOf(tree, 'w2')]).toEqual(['w2']);
    expect(subtreeOf(tree, 'missing').size).toBe(0);
  });

  it('survives a cycle in bad data', () => {
    const cyc: UnitNode[] = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect([...subtreeOf(cyc, 'a')].sort()).toEqual(['a', 'b']);
    expect(ancestorsOf(cyc, 'a')).toEqual(['b', 'a']);
  });

  it('detects cycles before a parent change', () => {
    expect(wouldCreateCycle(tree, 'city', 'dept')).toBe(true);
    expect(wouldCreateCycle(tree, 'w1', 'w1')).toBe(true);
    expect(wouldCreateCycle(tree, 'dept', 'w2')).toBe(false);
    expect(wouldCreateCycle(tree, 'w1', null)).toBe(false);
  });

  it('lists ancestors nearest first', () => {
    expect(ancestorsOf(tree, 'dept')).toEqual(['w1', 'city']);
    expect(ancestorsOf(tree, 'city')).toEqual([]);
  });

  it('checks validity periods inclusively', () => {
    const u = { validFrom: '2025-07-01', validTo: '2026-06-30' };
    expect(isInForce(u, '2025-06-30')).toBe(false);
    expect(isInForce(u, '2025-07-01')).toBe(true);
    expect(isInForce(u, '2026-06-30')).toBe(true);
    expect(isInForce(u, '2026-07-01')).toBe(false);
    expect(isInForce({ validFrom: null, validTo: null }, '1990-01-01')).toBe(true);
  });

  it('property: every descendant has the root among its ancestors', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(30), { minLength: 1, maxLength: 30 }), (parents) => {
        // unit i has parent parents[i] % i (a forest, no cycles), unit 0 is a root
        const units: UnitNode[] = parents.map((p, i) => ({ id: `u${i}`, parentId: i === 0 ? null : `u${p % i}` }));
        for (const u of units) {
          for (const d of subtreeOf(units, u.id)) {
            if (d !== u.id) expect(ancestorsOf(units, d)).toContain(u.id);
          }
        }
      }),
    );
  });
});
