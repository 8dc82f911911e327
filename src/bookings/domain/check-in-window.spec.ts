import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from '../../common/time/luxon.js';
import { checkInVerdict, checkInWindow } from './check-in-window.js';

const ZONE = 'Asia/Ho_Chi_Minh';
const start = new Date('2026-03-05T01:00:00Z'); // 08:00 in Hải Phòng

describe('check-in window', () => {
  it('opens N minutes before the start and closes at the end of the local day', () => {
    expect(checkInWindow(start, ZONE, 120)).toEqual({
      opensAt: new Date('2026-03-04T23:00:00Z'),
      closesAt: new Date('2026-03-05T17:00:00Z'),
    });
  });

  it("never opens before the session's local day", () => {
    expect(checkInWindow(start, ZONE, 600).opensAt).toEqual(new Date('2026-03-04T17:00:00Z'));
  });

  it('refuses ten days early and the next day, with a Vietnamese message naming the opening time', () => {
    const early = checkInVerdict(new Date('2026-02-23T02:00:00Z'), start, ZONE, 120);
    expect(early).toMatchObject({
      ok: false,
      code: 'CHECK_IN_NOT_OPEN',
      message: expect.stringContaining('06:00 ngày 05/03/2026'),
    });
    expect(checkInVerdict(new Date('2026-03-04T22:59:59Z'), start, ZONE, 120)).toMatchObject({
      ok: false,
      code: 'CHECK_IN_NOT_OPEN',
    });
    expect(checkInVerdict(new Date('2026-03-04T23:00:00Z'), start, ZONE, 120)).toEqual({ ok: true });
    expect(checkInVerdict(new Date('2026-03-05T16:59:59Z'), start, ZONE, 120)).toEqual({ ok: true });
    expect(checkInVerdict(new Date('2026-03-05T17:00:00Z'), start, ZONE, 120)).toMatchObject({
      ok: false,
      code: 'CHECK_IN_CLOSED',
    });
  });

  it("accepts only instants on the session's local day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3 * 86_400, max: 3 * 86_400 }),
        fc.integer({ min: 0, max: 1440 }),
        (offsetSeconds, minutes) => {
          const now = new Date(start.getTime() + offsetSeconds * 1000);
          if (checkInVerdict(now, start, ZONE, minutes).ok) {
            expect(DateTime.fromJSDate(now, { zone: ZONE }).toISODate()).toBe('2026-03-05');
            expect(now.getTime()).toBeGreaterThanOrEqual(start.getTime() - minutes * 60_000);
          }
        },
      ),
    );
  });
});
