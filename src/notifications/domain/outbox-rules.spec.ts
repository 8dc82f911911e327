import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  afterFailure,
  backoffMs,
  DEFAULT_RETRY,
  isDue,
  isPermanentFailure,
  isStaleClaim,
  messageProblems,
  safeError,
  STALE_CLAIM_MS,
} from './outbox-rules.js';

const ok = {
  kind: 'booking.confirmed',
  to: 'nguyen.van.an@example.vn',
  subject: 'Xác nhận đặt lịch tiếp công dân',
  text: 'Kính gửi ông An',
};
const at = (iso: string) => new Date(iso);

describe('messageProblems', () => {
  it('accepts a well-formed message with an .ics attachment', () => {
    expect(
      messageProblems({
        ...ok,
        attachments: [
          { filename: 'lich-tiep.ics', content: 'BEGIN:VCALENDAR', contentType: 'text/calendar; charset=utf-8' },
        ],
        dedupeKey: 'k',
        notBefore: new Date(),
      }),
    ).toEqual([]);
  });

  it.each([
    [{ to: 'not-an-address' }, 'to'],
    [{ to: 'a@b.vn\r\nBcc: x@y.vn' }, 'to'],
    [{ subject: 'Tiêu đề\r\nBcc: x@y.vn' }, 'subject'],
    [{ subject: '   ' }, 'subject'],
    [{ kind: 'Booking Confirmed' }, 'kind'],
    [{ dedupeKey: '' }, 'dedupeKey'],
    [{ notBefore: new Date('nope') }, 'notBefore'],
    [{ attachments: [{ filename: '../x.ics', content: '', contentType: 'text/calendar' }] }, 'attachments[0].filename'],
    [{ attachments: [{ filename: 'x.ics', content: '', contentType: 'calendar' }] }, 'attachments[0].contentType'],
  ])('rejects %j', (patch, field) => {
    expect(messageProblems({ ...ok, ...patch } as never)).toContain(field);
  });

  it('limits the number and size of attachments', () => {
    const a = { filename: 'a.txt', content: 'x', contentType: 'text/plain' };
    expect(messageProblems({ ...ok, attachments: Array(6).fill(a) })).toContain('attachments');
    expect(messageProblems({ ...ok, attachments: [{ ...a, content: 'đ'.repeat(500_001) }] })).toContain(
      'attachments[0].content',
    );
  });
});

describe('backoff and retries', () => {
  it('doubles from the base and stops at the cap', () => {
    const p = { maxAttempts: 10, baseMs: 1000, maxMs: 10_000 };
    expect([0, 1, 2, 3, 4, 5, 40].map((n) => backoffMs(n, p))).toEqual([0, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('never decreases and never exceeds the cap (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (n) => {
        const a = backoffMs(n);
        return a <= DEFAULT_RETRY.maxMs && a >= DEFAULT_RETRY.baseMs && backoffMs(n + 1) >= a;
      }),
    );
  });

  it('retries temporary failures later and gives up after the last attempt', () => {
    const now = at('2026-03-02T01:00:00Z');
    const temp = { code: 'EMESSAGE', responseCode: 451 };
    expect(afterFailure(1, temp, now)).toEqual({
      status: 'pending',
      notBefore: new Date(now.getTime() + DEFAULT_RETRY.baseMs),
    });
    expect(afterFailure(2, { code: 'ECONNREFUSED' }, now).notBefore).toEqual(
      new Date(now.getTime() + 2 * DEFAULT_RETRY.baseMs),
    );
    expect(afterFailure(DEFAULT_RETRY.maxAttempts, temp, now)).toEqual({ status: 'failed', notBefore: null });
  });

  it('treats 5xx replies as permanent, 4xx and network errors as temporary', () => {
    expect(isPermanentFailure({ responseCode: 550 })).toBe(true);
    expect(isPermanentFailure({ code: 'EENVELOPE', responseCode: 553 })).toBe(true);
    expect(isPermanentFailure({ code: 'EENVELOPE', responseCode: 452 })).toBe(false);
    expect(isPermanentFailure({ responseCode: 421 })).toBe(false);
    expect(isPermanentFailure({ code: 'ETIMEDOUT' })).toBe(false);
    expect(isPermanentFailure(undefined)).toBe(false);
    expect(afterFailure(1, { responseCode: 550 }, new Date()).status).toBe('failed');
  });
});

describe('safeError', () => {
  it('keeps the code and reply but no e-mail address', () => {
    const s = safeError({
      code: 'EENVELOPE',
      responseCode: 550,
      message: "Can't send mail - all recipients were rejected: 550 <nguyen.van.an@example.vn>: no such user",
    });
    expect(s).toMatch(/^EENVELOPE 550: /);
    expect(s).not.toContain('nguyen.van.an');
    expect(s).toContain('<redacted>');
  });

  it('is bounded', () => {
    expect(safeError(new Error('x'.repeat(5000))).length).toBeLessThanOrEqual(300);
  });
});

describe('claim rules', () => {
  const now = at('2026-03-02T01:00:00Z');
  it('claims pending rows whose not-before has passed', () => {
    expect(isDue({ status: 'pending', notBefore: null, claimedAt: null }, now)).toBe(true);
    expect(isDue({ status: 'pending', notBefore: now, claimedAt: null }, now)).toBe(true);
    expect(isDue({ status: 'pending', notBefore: new Date(now.getTime() + 1), claimedAt: null }, now)).toBe(false);
    for (const status of ['sending', 'sent', 'failed'])
      expect(isDue({ status, notBefore: null, claimedAt: null }, now)).toBe(false);
  });

  it('reclaims only sending rows older than five minutes', () => {
    const old = new Date(now.getTime() - STALE_CLAIM_MS - 1);
    expect(isStaleClaim({ status: 'sending', notBefore: null, claimedAt: old }, now)).toBe(true);
    expect(
      isStaleClaim({ status: 'sending', notBefore: null, claimedAt: new Date(now.getTime() - STALE_CLAIM_MS) }, now),
    ).toBe(false);
    expect(isStaleClaim({ status: 'sent', notBefore: null, claimedAt: old }, now)).toBe(false);
  });
});
