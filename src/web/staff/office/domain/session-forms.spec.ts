import { describe, expect, it } from '@jest/globals';
import {
  adHocValues,
  moveValues,
  parseAdHoc,
  parseCancel,
  parseDelegate,
  parseMove,
  parsePublish,
} from './session-forms.js';

const ID = '0b6b8f7e-3c1d-4f63-9a55-2a0d3c8f1e11';
const session = {
  startsAt: '2026-12-14T01:00:00.000Z',
  endsAt: '2026-12-14T04:00:00.000Z',
  timeZone: 'Asia/Ho_Chi_Minh',
};

describe('session action forms', () => {
  it('publishes plainly, or late only with a reason', () => {
    expect(parsePublish({})).toEqual({ ok: true, body: {} });
    expect(parsePublish({ override: 'yes' })).toEqual({ ok: false, problems: { reason: 'Nêu lý do công bố muộn.' } });
    expect(parsePublish({ override: 'yes', reason: ' Họp khẩn ' })).toEqual({
      ok: true,
      body: { override: true, reason: 'Họp khẩn' },
    });
  });

  it('moves to a local date and time in the session zone', () => {
    const r = parseMove(moveValues({ date: '2026-12-16', startTime: '14:00', reason: 'Lãnh đạo họp' }), session);
    expect(r).toEqual({ ok: true, body: { startsAt: '2026-12-16T07:00:00.000Z', reason: 'Lãnh đạo họp' } });
    const bad = parseMove(moveValues({ date: '16/12', startTime: '2pm', override: 'yes' }), session);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.problems)).toEqual(['date', 'startTime', 'reason']);
  });

  it('cancels and delegates only with a reason', () => {
    expect(parseCancel({}).ok).toBe(false);
    expect(parseCancel({ reason: 'Bão' })).toEqual({ ok: true, body: { status: 'cancelled', reason: 'Bão' } });
    expect(parseDelegate({ delegateOfficialId: ID, reason: 'Công tác' })).toEqual({
      ok: true,
      body: { delegateOfficialId: ID, reason: 'Công tác' },
    });
    expect(parseDelegate({ delegateOfficialId: 'none', reason: 'Đã về' }).ok).toBe(true);
    expect(parseDelegate({ delegateOfficialId: 'x' }).ok).toBe(false);
  });

  it('creates an ad-hoc session with its legal ground', () => {
    const v = adHocValues({
      officialId: ID,
      venueId: ID,
      date: '2026-12-18',
      startTime: '08:00',
      durationMinutes: '120',
      adHocReason: 'serious_risk',
      note: 'Tranh chấp đất đông người',
    });
    expect(parseAdHoc(v, 'Asia/Ho_Chi_Minh')).toEqual({
      ok: true,
      body: {
        officialId: ID,
        venueId: ID,
        startsAt: '2026-12-18T01:00:00.000Z',
        endsAt: '2026-12-18T03:00:00.000Z',
        timeZone: 'Asia/Ho_Chi_Minh',
        adHocReason: 'serious_risk',
        note: 'Tranh chấp đất đông người',
      },
    });
    const bad = parseAdHoc(adHocValues({ adHocReason: 'other' }), 'Asia/Ho_Chi_Minh');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.adHocReason).toBe('Chọn căn cứ tiếp đột xuất.');
  });
});
