import { describe, expect, it } from '@jest/globals';
import type { SessionRecord } from '../sessions/session-record.js';
import { checkBookingInput } from './booking-input.js';
import { formSlotsOf, seatsLeftOf, slotIndexOf, slotsOf, violated } from './booking-rules.js';
import { BadRequestError } from '../common/errors/domain-error.js';
import type { CreateBookingBody } from './dto/create-booking.dto.js';

const session = {
  id: 's',
  startsAt: new Date('2026-12-14T01:00:00.000Z'),
  endsAt: new Date('2026-12-14T03:10:00.000Z'),
  slotMinutes: 30,
  seatsPerSlot: 5,
  timeZone: 'Asia/Ho_Chi_Minh',
} as SessionRecord;

describe('slotIndexOf', () => {
  it('finds the index of every slot start of the grid, in any ISO form', () => {
    const grid = slotsOf(session);
    expect(grid).toHaveLength(4); // the trailing 10 minutes do not make a slot
    grid.forEach((slot, i) => expect(slotIndexOf(session, slot.startsAt)).toBe(i));
    expect(slotIndexOf(session, '2026-12-14T08:30:00+07:00')).toBe(1);
  });

  it('refuses instants that are not a slot start', () => {
    for (const v of ['2026-12-14T01:01:00.000Z', '2026-12-14T00:30:00.000Z', '2026-12-14T03:00:00.000Z', 'not a date'])
      expect(slotIndexOf(session, v)).toBeNull();
  });
});

describe('violated', () => {
  it('tells the booking-code and the one-per-citizen unique indexes apart on both drivers', () => {
    expect(violated({ driverError: { code: '23505', constraint: 'ux_bookings_code' } })).toBe('code');
    expect(violated({ driverError: { code: '23505', constraint: 'ux_bookings_session_citizen' } })).toBe('citizen');
    expect(
      violated({
        driverError: { code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: bookings.code' },
      }),
    ).toBe('code');
    expect(
      violated({ driverError: { message: 'UNIQUE constraint failed: bookings.session_id, bookings.id_number_index' } }),
    ).toBe('citizen');
    expect(violated(new Error('something else'))).toBeNull();
  });

  it('recognises a person of the booking already holding a place (attendees index) on both drivers', () => {
    expect(violated({ driverError: { code: '23505', constraint: 'ux_booking_attendees_session_citizen' } })).toBe(
      'attendee',
    );
    expect(
      violated({
        driverError: {
          message: 'UNIQUE constraint failed: booking_attendees.session_id, booking_attendees.id_number_index',
        },
      }),
    ).toBe('attendee');
  });
});

describe('checkBookingInput', () => {
  const dto = (extra: Partial<CreateBookingBody> = {}): CreateBookingBody => ({
    sessionId: 's',
    slotStartsAt: '2026-12-14T01:00:00.000Z',
    fullName: ' Phạm  Thị Thu ',
    idNumber: '031 085 000 001',
    phone: '0912 345 678',
    address: 'Hải Phòng',
    topic: 'Đất đai',
    ...extra,
  });

  it('normalises name, ID and phone and counts seats by attendance', () => {
    const ok = checkBookingInput(
      dto({ groupSize: 12, representatives: [{ fullName: 'Lê Văn Hai', idNumber: '031085000002' }] }),
      2026,
    );
    expect(ok).toMatchObject({
      fullName: 'Phạm Thị Thu',
      idNumber: '031085000001',
      idKind: 'cccd',
      phone: '+84912345678',
      seats: 2,
      groupSize: 12,
    });
  });

  it('names the rule of Decree 124/2020 when a group sends too many people', () => {
    const reps = [2, 3, 4].map((n) => ({ fullName: 'Lê Văn Hai', idNumber: `03108500000${n}` }));
    try {
      checkBookingInput(dto({ groupSize: 8, representatives: reps }), 2026);
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(BadRequestError);
      expect((e as BadRequestError).code).toBe('GROUP_TOO_MANY_REPRESENTATIVES');
      expect((e as BadRequestError).message).toContain('Nghị định 124/2020/NĐ-CP, Điều 6');
    }
  });

  it('lists every bad field without echoing values', () => {
    try {
      checkBookingInput(
        dto({
          fullName: 'X1',
          idNumber: '123456789',
          phone: '0112',
          representatives: [{ fullName: 'Ok Tên', idNumber: 'bad' }],
        }),
        2026,
      );
      throw new Error('expected a refusal');
    } catch (e) {
      const err = e as BadRequestError;
      expect(err.errors!.map((p) => p.field)).toEqual(['fullName', 'idNumber', 'phone', 'representatives[0].idNumber']);
      expect(JSON.stringify(err.errors)).not.toContain('123456789');
    }
  });
});

describe('seatsLeftOf', () => {
  it('sums what formSlotsOf shows, for every mode, with rows off the grid, overbooked or negative', () => {
    const rows = [
      { slotIndex: 0, form: 'in_person' as const, taken: 2 },
      { slotIndex: 1, form: 'in_person' as const, taken: 9 },
      { slotIndex: 1, form: 'online' as const, taken: 1 },
      { slotIndex: 2, form: 'online' as const, taken: 7 },
      { slotIndex: 3, form: null as unknown as 'in_person', taken: 1 },
      { slotIndex: 4, form: 'in_person' as const, taken: 3 },
      { slotIndex: 2, form: 'in_person' as const, taken: -1 },
      { slotIndex: 0, form: 'in_person' as const, taken: 4 },
      { slotIndex: 1.5, form: 'in_person' as const, taken: 1 },
    ];
    for (const mode of ['in_person', 'hybrid', 'online', undefined] as const)
      for (const onlineSeatsPerSlot of [null, 0, 2, 9]) {
        const s = { ...session, mode, onlineSeatsPerSlot } as SessionRecord;
        for (const r of [rows, [], rows.slice(0, 3)]) {
          const expected = formSlotsOf(s, r).reduce((n, x) => n + x.remainingInPerson + (x.remainingOnline ?? 0), 0);
          expect(seatsLeftOf(s, r)).toBe(expected);
        }
      }
  });
});
