import { describe, expect, it } from '@jest/globals';
import { checkSessionTimes, planSessionChange, type SessionState } from './session-change.js';

const base: SessionState = {
  status: 'planned',
  startsAt: new Date('2026-03-02T01:00:00.000Z'), // 08:00 in Hà Nội
  endsAt: new Date('2026-03-02T04:00:00.000Z'),
  venueId: 'v1',
  delegateOfficialId: null,
  timeZone: 'Asia/Ho_Chi_Minh',
};

describe('planSessionChange', () => {
  it('moves a session keeping its duration when only startsAt is given', () => {
    const r = planSessionChange(base, { startsAt: '2026-03-03T02:00:00.000Z' });
    expect(r).toEqual({
      ok: true,
      kinds: ['moved'],
      changes: {
        startsAt: new Date('2026-03-03T02:00:00.000Z'),
        endsAt: new Date('2026-03-03T05:00:00.000Z'),
        localDate: '2026-03-03',
      },
    });
  });

  it('computes the local date in the session zone, not UTC', () => {
    const r = planSessionChange(base, { startsAt: '2026-03-03T17:30:00.000Z', endsAt: '2026-03-03T18:30:00.000Z' });
    expect(r.ok && r.changes.localDate).toBe('2026-03-04');
  });

  it('reports nothing when the patch repeats the current values', () => {
    expect(
      planSessionChange(base, { startsAt: base.startsAt.toISOString(), venueId: 'v1', delegateOfficialId: null }),
    ).toEqual({ ok: true, changes: {}, kinds: [] });
  });

  it('needs a reason for any change to a published session, but not for a no-op', () => {
    const published = { ...base, status: 'published' as const };
    expect(planSessionChange(published, { venueId: 'v2' })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
      field: 'reason',
    });
    expect(planSessionChange(published, { status: 'cancelled', reason: '  ' })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    expect(planSessionChange(published, { venueId: 'v2', reason: 'Sửa trụ sở' })).toMatchObject({
      ok: true,
      kinds: ['moved'],
    });
    expect(planSessionChange(published, { venueId: 'v1' })).toMatchObject({ ok: true, kinds: [] });
  });

  it('delegates, removes a delegation, and combines with a move', () => {
    expect(planSessionChange(base, { delegateOfficialId: 'o2' })).toMatchObject({
      ok: true,
      kinds: ['delegated'],
      changes: { delegateOfficialId: 'o2' },
    });
    expect(planSessionChange({ ...base, delegateOfficialId: 'o2' }, { delegateOfficialId: null })).toMatchObject({
      ok: true,
      kinds: ['delegated'],
      changes: { delegateOfficialId: null },
    });
    expect(planSessionChange(base, { delegateOfficialId: 'o2', venueId: 'v3' })).toMatchObject({
      ok: true,
      kinds: ['moved', 'delegated'],
    });
  });

  it('cancels, alone only', () => {
    expect(planSessionChange(base, { status: 'cancelled' })).toEqual({
      ok: true,
      kinds: ['cancelled'],
      changes: { status: 'cancelled' },
    });
    expect(planSessionChange(base, { status: 'cancelled', venueId: 'v2' })).toMatchObject({
      ok: false,
      code: 'CANCEL_WITH_CHANGES',
      field: 'status',
    });
  });

  it('refuses changes to held or cancelled sessions', () => {
    expect(planSessionChange({ ...base, status: 'held' }, { venueId: 'v2' })).toMatchObject({
      ok: false,
      status: 409,
      code: 'SESSION_CLOSED',
    });
    expect(planSessionChange({ ...base, status: 'cancelled' }, { status: 'cancelled' })).toMatchObject({
      ok: false,
      code: 'SESSION_CLOSED',
    });
  });

  it('refuses an end before the start', () => {
    expect(planSessionChange(base, { endsAt: '2026-03-02T00:30:00.000Z' })).toMatchObject({
      ok: false,
      code: 'INVALID_SESSION_TIME',
      field: 'endsAt',
    });
  });
});

describe('checkSessionTimes', () => {
  const zone = 'Asia/Ho_Chi_Minh';
  it('accepts a morning session and one ending exactly at local midnight', () => {
    expect(checkSessionTimes(new Date('2026-03-02T01:00:00Z'), new Date('2026-03-02T04:00:00Z'), zone)).toBeNull();
    expect(checkSessionTimes(new Date('2026-03-02T15:00:00Z'), new Date('2026-03-02T17:00:00Z'), zone)).toBeNull();
  });
  it('refuses sessions across local midnight or longer than 12 hours', () => {
    expect(checkSessionTimes(new Date('2026-03-02T16:00:00Z'), new Date('2026-03-02T18:00:00Z'), zone)?.field).toBe(
      'endsAt',
    );
    expect(
      checkSessionTimes(new Date('2026-03-02T00:00:00Z'), new Date('2026-03-02T13:00:00Z'), 'UTC')?.message,
    ).toMatch(/12 giờ/);
  });
});
