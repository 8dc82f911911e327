import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { feedEtag, lastModifiedOf, type FeedEventVersion } from './feed-etag.js';

const A: FeedEventVersion = {
  uid: 'session-1@tiepdan',
  sequence: 0,
  lastModified: '2026-02-20T03:00:00.000Z',
  status: 'confirmed',
};
const B: FeedEventVersion = { uid: 'session-2@tiepdan', sequence: 3, lastModified: null, status: 'tentative' };
const C: FeedEventVersion = {
  uid: 'session-3@tiepdan',
  sequence: 5,
  lastModified: '2026-02-10T08:15:00+07:00',
  status: 'cancelled',
};

describe('feedEtag', () => {
  const tag = feedEtag([A, B, C]);

  it('is a quoted strong validator', () => {
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(tag.startsWith('W/')).toBe(false);
  });

  it('does not depend on event order or on how an instant is written', () => {
    expect(feedEtag([C, A, B])).toBe(tag);
    expect(feedEtag([A, B, { ...C, lastModified: '2026-02-10T01:15:00Z' }])).toBe(tag);
  });

  it.each([
    ['a sequence bump', [{ ...A, sequence: 1 }, B, C]],
    ['a new lastModified', [{ ...A, lastModified: '2026-02-20T03:00:01Z' }, B, C]],
    ['a lastModified appearing', [A, { ...B, lastModified: '2026-02-21T00:00:00Z' }, C]],
    ['a cancellation', [{ ...A, status: 'cancelled' as const }, B, C]],
    ['an event removed', [A, B]],
    ['an event added', [A, B, C, { ...A, uid: 'session-4@tiepdan' }]],
    ['a UID change', [{ ...A, uid: 'session-9@tiepdan' }, B, C]],
  ])('changes on %s', (_what, events) => {
    expect(feedEtag(events)).not.toBe(tag);
  });

  it('mixes in feed-level context (e.g. the calendar name)', () => {
    expect(feedEtag([A, B, C], 'Lịch tiếp công dân phường Hồng Bàng')).not.toBe(tag);
    expect(feedEtag([A, B, C], 'x')).toBe(feedEtag([C, B, A], 'x'));
  });

  it('cannot be fooled by separators inside UIDs', () => {
    const x = feedEtag([{ ...A, uid: 'a', sequence: 12 }]);
    const y = feedEtag([{ ...A, uid: 'a1', sequence: 2 }]);
    expect(x).not.toBe(y);
  });

  it('is the same for any permutation and differs for any changed sequence (fast-check)', () => {
    const versionArb = fc.record({
      uid: fc.uuid().map((u) => `${u}@tiepdan`),
      sequence: fc.nat({ max: 1000 }),
      lastModified: fc.option(
        fc
          .date({ min: new Date('2025-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        { nil: null },
      ),
      status: fc.constantFrom('confirmed' as const, 'tentative' as const, 'cancelled' as const),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(versionArb, { minLength: 1, maxLength: 30, selector: (v) => v.uid }),
        fc.nat(),
        (events, k) => {
          const shuffled = [...events].sort((a, b) => (a.uid < b.uid ? 1 : -1));
          expect(feedEtag(shuffled)).toBe(feedEtag(events));
          const i = k % events.length;
          const bumped = events.map((e, j) => (j === i ? { ...e, sequence: e.sequence + 1 } : e));
          expect(feedEtag(bumped)).not.toBe(feedEtag(events));
        },
      ),
    );
  });

  it('rejects a malformed lastModified', () => {
    expect(() => feedEtag([{ ...A, lastModified: 'yesterday' }])).toThrow(RangeError);
  });
});

describe('lastModifiedOf', () => {
  it('is the latest instant, floored to the second for HTTP', () => {
    expect(lastModifiedOf([A, B, C])).toBe('2026-02-20T03:00:00.000Z');
    expect(
      lastModifiedOf([{ lastModified: '2026-03-01T10:00:00.999Z' }, { lastModified: '2026-03-01T09:59:59Z' }]),
    ).toBe('2026-03-01T10:00:00.000Z');
  });

  it('compares instants, not strings', () => {
    expect(
      lastModifiedOf([{ lastModified: '2026-03-01T08:00:00+07:00' }, { lastModified: '2026-03-01T00:30:00Z' }]),
    ).toBe('2026-03-01T01:00:00.000Z');
  });

  it('is null without any lastModified', () => {
    expect(lastModifiedOf([])).toBeNull();
    expect(lastModifiedOf([B, { lastModified: undefined }])).toBeNull();
  });

  it('round-trips through an HTTP date', () => {
    const iso = lastModifiedOf([A, C])!;
    expect(new Date(new Date(iso).toUTCString()).toISOString()).toBe(iso);
  });
});
