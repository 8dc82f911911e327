import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { noticeVerdict } from './publish-notice.js';

describe('noticeVerdict', () => {
  it('is in time on or before the deadline, whatever the request', () => {
    expect(noticeVerdict('2026-02-09', '2026-02-23', '2026-02-09', {})).toEqual({
      ok: true,
      late: false,
      overrideReason: null,
    });
    expect(noticeVerdict('2026-02-01', '2026-02-23', '2026-02-09', { override: true, reason: 'x' })).toMatchObject({
      ok: true,
      late: false,
      overrideReason: null,
    });
    expect(noticeVerdict('2026-12-31', '2026-02-23', null, {})).toMatchObject({ ok: true, late: false });
  });

  it('refuses after the deadline without an override, naming the deadline', () => {
    expect(noticeVerdict('2026-02-10', '2026-02-23', '2026-02-09', { reason: 'lý do' })).toMatchObject({
      ok: false,
      status: 422,
      code: 'PUBLISH_NOTICE_TOO_SHORT',
      deadline: '2026-02-09',
      sessionDate: '2026-02-23',
    });
  });

  it('needs a non-blank reason with the override, and returns it trimmed', () => {
    expect(noticeVerdict('2026-02-10', '2026-02-23', '2026-02-09', { override: true, reason: '  ' })).toMatchObject({
      ok: false,
      status: 400,
      code: 'REASON_REQUIRED',
    });
    expect(noticeVerdict('2026-02-10', '2026-02-23', '2026-02-09', { override: true, reason: ' Khẩn ' })).toEqual({
      ok: true,
      late: true,
      overrideReason: 'Khẩn',
    });
  });

  it('is late exactly when today is after the deadline', () => {
    const day = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (today, deadline) => {
        const v = noticeVerdict(today, '2035-01-01', deadline, { override: true, reason: 'r' });
        expect(v.ok && v.late).toBe(today > deadline);
      }),
    );
  });
});
