import { describe, expect, it } from '@jest/globals';
import { reportPeriods, tallyByForm, tallyHeld } from './compliance.js';

describe('reportPeriods', () => {
  it('gives whole months overlapping the range, across a year boundary', () => {
    expect(reportPeriods('month', '2025-12-10', '2026-02-01')).toEqual([
      { label: '2025-12', from: '2025-12-01', to: '2025-12-31' },
      { label: '2026-01', from: '2026-01-01', to: '2026-01-31' },
      { label: '2026-02', from: '2026-02-01', to: '2026-02-28' },
    ]);
  });

  it('gives quarters, halves, the nine months and the year', () => {
    expect(reportPeriods('quarter', '2026-01-01', '2026-12-31').map((p) => [p.label, p.from, p.to])).toEqual([
      ['2026-Q1', '2026-01-01', '2026-03-31'],
      ['2026-Q2', '2026-04-01', '2026-06-30'],
      ['2026-Q3', '2026-07-01', '2026-09-30'],
      ['2026-Q4', '2026-10-01', '2026-12-31'],
    ]);
    expect(reportPeriods('half', '2026-05-01', '2026-07-01').map((p) => p.label)).toEqual(['2026-H1', '2026-H2']);
    expect(reportPeriods('nine_months', '2026-01-01', '2026-12-31')).toEqual([
      { label: '2026-9M', from: '2026-01-01', to: '2026-09-30' },
    ]);
    expect(reportPeriods('nine_months', '2026-10-01', '2026-12-31')).toEqual([]);
    expect(reportPeriods('year', '2024-06-01', '2025-01-01').map((p) => [p.label, p.to])).toEqual([
      ['2024', '2024-12-31'],
      ['2025', '2025-12-31'],
    ]);
  });

  it('handles leap February and refuses reversed or huge ranges', () => {
    expect(reportPeriods('month', '2028-02-10', '2028-02-10')[0].to).toBe('2028-02-29');
    expect(() => reportPeriods('month', '2026-02-01', '2026-01-01')).toThrow(RangeError);
    expect(() => reportPeriods('month', '2000-01-01', '2030-12-31')).toThrow(/periods/);
  });
});

describe('tallyHeld', () => {
  const s = (localDate: string, heldBy: string, officialId = 'head') => ({
    officialId,
    heldByOfficialId: heldBy,
    localDate,
  });
  it('counts in person and by deputy separately, inside the period only, for that head only', () => {
    const sessions = [
      s('2026-03-02', 'head'),
      s('2026-03-09', 'deputy'),
      s('2026-03-16', 'head'),
      s('2026-04-06', 'head'),
      s('2026-03-03', 'x', 'other'),
    ];
    expect(tallyHeld('head', sessions, { from: '2026-03-01', to: '2026-03-31' })).toEqual({
      heldInPerson: 2,
      heldByDeputy: 1,
    });
    expect(tallyHeld('head', sessions, { from: '2026-04-01', to: '2026-04-30' })).toEqual({
      heldInPerson: 1,
      heldByDeputy: 0,
    });
  });
});

describe('tallyByForm (online reception, preset data)', () => {
  const head = 'h';
  const s = (localDate: string, mode: 'in_person' | 'online' | 'hybrid', by = head) => ({
    officialId: head,
    heldByOfficialId: by,
    localDate,
    mode,
  });
  const sessions = [
    s('2026-06-10', 'online'),
    s('2026-07-08', 'online'),
    s('2026-07-15', 'in_person'),
    s('2026-07-22', 'hybrid'),
    s('2026-07-29', 'online', 'deputy'),
  ];
  const fromJuly = (date: string) => date >= '2026-07-01';
  it('shows venue and online sessions apart and counts online ones from the preset date only', () => {
    expect(tallyByForm(head, sessions, { from: '2026-06-01', to: '2026-07-31' }, fromJuly)).toEqual({
      heldAtVenue: 2,
      heldOnline: 2,
      onlineCounted: 1,
      counted: 3,
    });
  });
  it('counts no online session when the preset says they do not count', () => {
    expect(tallyByForm(head, sessions, { from: '2026-06-01', to: '2026-07-31' }, () => false).counted).toBe(2);
  });
  it('leaves out sessions held by a deputy and outside the period', () => {
    expect(tallyByForm(head, sessions, { from: '2026-07-23', to: '2026-07-31' }, fromJuly)).toEqual({
      heldAtVenue: 0,
      heldOnline: 0,
      onlineCounted: 0,
      counted: 0,
    });
  });
});
