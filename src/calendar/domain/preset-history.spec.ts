import { describe, expect, it } from '@jest/globals';
import { changedHistory, collectVersionLists } from './preset-history.js';

const doc = (versions: unknown[]) => ({ series: [{ level: 'commune', body: 'government', versions }] });
const v2014 = { effectiveFrom: '2014-07-01', count: 1, per: 'week', source: 'Luật 42/2013' };

describe('changedHistory (past periods keep their rule)', () => {
  it('allows adding a future version and closing the open one from today on', () => {
    const next = doc([
      { ...v2014, effectiveTo: '2027-01-01' },
      { effectiveFrom: '2027-01-01', count: 2, per: 'month', source: 'Luật mới' },
    ]);
    expect(changedHistory(doc([v2014]), next, '2026-11-27')).toEqual([]);
  });

  it('refuses changing a version already in force', () => {
    expect(changedHistory(doc([v2014]), doc([{ ...v2014, count: 2 }]), '2026-11-27')).toEqual([
      expect.stringContaining('changed'),
    ]);
  });

  it('refuses removing a past version', () => {
    expect(changedHistory(doc([v2014]), doc([]), '2026-11-27')).toEqual([expect.stringContaining('removed')]);
  });

  it('refuses closing a version in the past (that would rewrite past periods)', () => {
    expect(changedHistory(doc([v2014]), doc([{ ...v2014, effectiveTo: '2025-01-01' }]), '2026-11-27')).toEqual([
      expect.stringContaining('end date'),
    ]);
  });

  it('lets a version that is not yet in force be edited or removed', () => {
    const future = { effectiveFrom: '2027-07-01', count: 3, per: 'month', source: 'Dự thảo' };
    expect(changedHistory(doc([v2014, future]), doc([v2014]), '2026-11-27')).toEqual([]);
    expect(changedHistory(doc([v2014, future]), doc([v2014, { ...future, count: 4 }]), '2026-11-27')).toEqual([]);
  });

  it('matches list items by their key, not their position', () => {
    const a = {
      items: [
        { key: 'x', versions: [v2014] },
        { key: 'y', versions: [v2014] },
      ],
    };
    const b = {
      items: [
        { key: 'y', versions: [v2014] },
        { key: 'x', versions: [v2014] },
      ],
    };
    expect(changedHistory(a, b, '2026-11-27')).toEqual([]);
    expect([...collectVersionLists(a).keys()]).toHaveLength(2);
  });
});
