import { describe, expect, it } from '@jest/globals';
import {
  bookingTermsChanged,
  checkOnlineSettings,
  chooseForm,
  formLabel,
  formsOffered,
  IN_PERSON_ONLY,
  isMeetingUrl,
  joinIsOpen,
  joinOpensAt,
  mergeOnlineSettings,
  modeLabel,
  type OnlineSettings,
  sameOnlineSettings,
  seatsByForm,
} from './online-reception.js';

const online = (patch: Partial<OnlineSettings>): OnlineSettings => ({
  ...IN_PERSON_ONLY,
  mode: 'online',
  meetingUrl: 'https://meet.example.vn/phong-tiep-dan',
  ...patch,
});

describe('isMeetingUrl', () => {
  it('accepts https addresses of any platform', () => {
    expect(isMeetingUrl('https://meet.example.vn/abc')).toBe(true);
    expect(isMeetingUrl('https://zoom.us/j/123456?pwd=x')).toBe(true);
  });
  it('refuses http, other schemes, credentials, spaces, empty and too long', () => {
    expect(isMeetingUrl('http://meet.example.vn/abc')).toBe(false);
    expect(isMeetingUrl('javascript:alert(1)')).toBe(false);
    expect(isMeetingUrl('https://user:pw@meet.example.vn/')).toBe(false);
    expect(isMeetingUrl('https://meet.example.vn/a b')).toBe(false);
    expect(isMeetingUrl('')).toBe(false);
    expect(isMeetingUrl('meet.example.vn')).toBe(false);
    expect(isMeetingUrl(`https://a.vn/${'x'.repeat(500)}`)).toBe(false);
    expect(isMeetingUrl(42)).toBe(false);
  });
});

describe('checkOnlineSettings', () => {
  it('in person: no URL, no online seats, no recording', () => {
    expect(checkOnlineSettings(IN_PERSON_ONLY, 4).problems).toEqual([]);
    const bad = checkOnlineSettings({ ...IN_PERSON_ONLY, meetingUrl: 'https://a.vn', onlineSeatsPerSlot: 1 }, 4);
    expect(bad.problems.map((p) => p.field)).toEqual(['meetingUrl', 'onlineSeatsPerSlot']);
  });
  it('online and hybrid need a valid https URL', () => {
    expect(checkOnlineSettings(online({ meetingUrl: null }), 4).problems.map((p) => p.field)).toEqual(['meetingUrl']);
    expect(checkOnlineSettings(online({ meetingUrl: 'http://x.vn' }), 4).problems.map((p) => p.field)).toEqual([
      'meetingUrl',
    ]);
    expect(checkOnlineSettings(online({}), 4).problems).toEqual([]);
  });
  it('hybrid needs 1 ≤ online seats < seats per slot', () => {
    const h = (n: number | null) => checkOnlineSettings(online({ mode: 'hybrid', onlineSeatsPerSlot: n }), 4);
    expect(h(null).problems.map((p) => p.field)).toEqual(['onlineSeatsPerSlot']);
    expect(h(0).problems).toHaveLength(1);
    expect(h(4).problems).toHaveLength(1);
    expect(h(1.5).problems).toHaveLength(1);
    expect(h(1).problems).toEqual([]);
    expect(h(3).problems).toEqual([]);
    expect(h(2).settings.onlineSeatsPerSlot).toBe(2);
  });
  it('online only: every seat is online (a different split is refused, none given is fine)', () => {
    expect(checkOnlineSettings(online({ onlineSeatsPerSlot: 2 }), 4).problems).toHaveLength(1);
    expect(checkOnlineSettings(online({ onlineSeatsPerSlot: 4 }), 4).settings.onlineSeatsPerSlot).toBeNull();
  });
  it('recording needs a purpose and a retention period', () => {
    const r = checkOnlineSettings(online({ recordsOnline: true }), 4);
    expect(r.problems.map((p) => p.field)).toEqual(['recordingPurpose', 'recordingRetentionDays']);
    const ok = checkOnlineSettings(
      online({ recordsOnline: true, recordingPurpose: 'Lưu hồ sơ', recordingRetentionDays: 90 }),
      4,
    );
    expect(ok.problems).toEqual([]);
    expect(ok.settings).toMatchObject({ recordsOnline: true, recordingRetentionDays: 90 });
  });
  it('drops recording details when not recording', () => {
    const s = checkOnlineSettings(online({ recordingPurpose: 'x', recordingRetentionDays: 3 }), 4).settings;
    expect(s.recordingPurpose).toBeNull();
    expect(s.recordingRetentionDays).toBeNull();
  });
});

describe('seatsByForm / formsOffered / chooseForm', () => {
  it('splits seats per form', () => {
    expect(seatsByForm('in_person', 4, null)).toEqual({ in_person: 4, online: 0 });
    expect(seatsByForm('online', 4, null)).toEqual({ in_person: 0, online: 4 });
    expect(seatsByForm('hybrid', 4, 2)).toEqual({ in_person: 2, online: 2 });
    expect(seatsByForm('hybrid', 4, 9)).toEqual({ in_person: 0, online: 4 });
  });
  it('offers the forms of the mode, in person first', () => {
    expect(formsOffered('in_person')).toEqual(['in_person']);
    expect(formsOffered('online')).toEqual(['online']);
    expect(formsOffered('hybrid')).toEqual(['in_person', 'online']);
  });
  it('defaults to in person where offered, online for an online-only session', () => {
    expect(chooseForm('hybrid', undefined)).toEqual({ ok: true, form: 'in_person' });
    expect(chooseForm('online', null)).toEqual({ ok: true, form: 'online' });
    expect(chooseForm('in_person', undefined)).toEqual({ ok: true, form: 'in_person' });
  });
  it('refuses a form the session does not offer, saying which it does', () => {
    expect(chooseForm('in_person', 'online')).toEqual({ ok: false, offered: ['in_person'] });
    expect(chooseForm('online', 'in_person')).toEqual({ ok: false, offered: ['online'] });
    expect(chooseForm('hybrid', 'online')).toEqual({ ok: true, form: 'online' });
  });
});

describe('joinOpensAt / joinIsOpen', () => {
  const slot = new Date('2026-12-10T02:00:00.000Z');
  it('opens the configured minutes before the slot', () => {
    expect(joinOpensAt(slot, 15).toISOString()).toBe('2026-12-10T01:45:00.000Z');
    expect(joinOpensAt(slot, 0).toISOString()).toBe(slot.toISOString());
  });
  it('is closed until then, open from then on', () => {
    const opens = joinOpensAt(slot, 15);
    expect(joinIsOpen(new Date('2026-12-10T01:44:59.999Z'), opens)).toBe(false);
    expect(joinIsOpen(opens, opens)).toBe(true);
  });
  it('refuses negative or fractional minutes', () => {
    expect(() => joinOpensAt(slot, -1)).toThrow(RangeError);
    expect(() => joinOpensAt(slot, 1.5)).toThrow(RangeError);
  });
});

describe('labels', () => {
  it('names the form as documents do', () => {
    expect(formLabel('online')).toBe('tiếp công dân trực tuyến');
    expect(formLabel('in_person')).toBe('tiếp công dân trực tiếp');
    expect(modeLabel('hybrid')).toBe('trực tiếp và trực tuyến');
  });
});

describe('mergeOnlineSettings', () => {
  const hybrid = online({ mode: 'hybrid', onlineSeatsPerSlot: 2 });
  it('keeps absent fields and takes given ones', () => {
    expect(mergeOnlineSettings(hybrid, { meetingUrl: 'https://b.vn/x' })).toMatchObject({
      mode: 'hybrid',
      onlineSeatsPerSlot: 2,
      meetingUrl: 'https://b.vn/x',
    });
  });
  it('switching to in person clears the online fields', () => {
    expect(mergeOnlineSettings(hybrid, { mode: 'in_person' })).toEqual(IN_PERSON_ONLY);
  });
  it('tells a change of booking terms from a new address', () => {
    expect(bookingTermsChanged(hybrid, mergeOnlineSettings(hybrid, { meetingUrl: 'https://c.vn' }))).toBe(false);
    expect(bookingTermsChanged(hybrid, mergeOnlineSettings(hybrid, { onlineSeatsPerSlot: 1 }))).toBe(true);
    expect(sameOnlineSettings(hybrid, mergeOnlineSettings(hybrid, {}))).toBe(true);
  });
});
