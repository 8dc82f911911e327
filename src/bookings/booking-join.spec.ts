import { describe, expect, it } from '@jest/globals';
import { joinOf } from './booking-join.js';
import { joinPage } from './booking-join-page.js';

const session = {
  startsAt: new Date('2026-12-10T01:00:00.000Z'),
  slotMinutes: 30,
  timeZone: 'Asia/Ho_Chi_Minh',
  status: 'published' as const,
};
const URL_ = 'https://meet.example.vn/phong-1';
const online = { code: 'ABC', form: 'online' as const, status: 'confirmed' as const, slotIndex: 2 };

describe('joinOf', () => {
  it('gives the address and the opening time of the slot (slot start − minutes)', () => {
    expect(joinOf(online, session, URL_, 15)).toEqual({ url: URL_, opensAt: '2026-12-10T01:45:00.000Z' });
  });
  it('gives nothing to an in-person, waitlisted or cancelled booking, nor without an address', () => {
    expect(joinOf({ ...online, form: 'in_person' }, session, URL_, 15)).toBeNull();
    expect(joinOf({ ...online, status: 'waitlisted' }, session, URL_, 15)).toBeNull();
    expect(joinOf({ ...online, status: 'cancelled' }, session, URL_, 15)).toBeNull();
    expect(joinOf(online, session, null, 15)).toBeNull();
  });
});

describe('joinPage', () => {
  it('withholds the link before opensAt and says when to come back (local time)', () => {
    const page = joinPage(online, session, URL_, 15, new Date('2026-12-10T01:44:00.000Z'));
    expect(page).toMatchObject({ open: false, url: null, opensAt: '2026-12-10T01:45:00.000Z' });
    expect(page.message).toContain('08:45');
    expect(page.message).toContain('10/12/2026');
    expect(JSON.stringify(page)).not.toContain('meet.example.vn');
  });
  it('shows the link from opensAt on', () => {
    expect(joinPage(online, session, URL_, 15, new Date('2026-12-10T01:45:00.000Z'))).toMatchObject({
      open: true,
      url: URL_,
    });
  });
  it('never shows a link for an in-person or cancelled booking, or a cancelled session', () => {
    const later = new Date('2026-12-10T02:00:00.000Z');
    expect(joinPage({ ...online, form: 'in_person' }, session, URL_, 15, later).url).toBeNull();
    expect(joinPage({ ...online, status: 'cancelled' }, session, URL_, 15, later).url).toBeNull();
    expect(joinPage(online, { ...session, status: 'cancelled' }, URL_, 15, later).url).toBeNull();
  });
});
