import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import {
  checkGroup,
  DECREE_124_2020_GROUP_RULES,
  groupTier,
  maxAttendees,
  type GroupRulePreset,
} from './group-rules.js';

const people = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => ({ idNumber: `0310850${String(from + i).padStart(5, '0')}` }));
const RULE = 'Nghị định 124/2020/NĐ-CP, Điều 6';

describe('checkGroup: fewer than 5 people all attend', () => {
  it('a single person takes one seat (default group size)', () => {
    expect(checkGroup({})).toEqual({ ok: true, seatsTaken: 1, attendance: 'all', maxAttendees: 1 });
  });

  it('a group of 4 takes 4 seats whether or not companions are listed', () => {
    expect(checkGroup({ groupSize: 4 })).toMatchObject({ ok: true, seatsTaken: 4, attendance: 'all' });
    expect(checkGroup({ groupSize: 4, representatives: people(3) })).toMatchObject({ ok: true, seatsTaken: 4 });
  });

  it('refuses more companions than the group has', () => {
    const r = checkGroup({ groupSize: 4, representatives: people(4) });
    expect(r).toEqual({
      ok: false,
      code: 'GROUP_TOO_MANY_ATTENDEES',
      message: 'Đoàn có 4 người nhưng đã khai 5 người đến (kể cả người đăng ký).',
      rule: null,
    });
    expect(checkGroup({ groupSize: 1, representatives: people(1) })).toMatchObject({
      code: 'GROUP_TOO_MANY_ATTENDEES',
    });
  });
});

describe('checkGroup: 5–10 people send at most 2', () => {
  it.each([5, 7, 10])('a group of %i: the booker alone takes one seat', (size) => {
    expect(checkGroup({ groupSize: size })).toEqual({
      ok: true,
      seatsTaken: 1,
      attendance: 'representatives',
      maxAttendees: 2,
    });
  });

  it.each([5, 10])('a group of %i: the booker and one more take two seats', (size) => {
    expect(checkGroup({ groupSize: size, representatives: people(1) })).toMatchObject({ ok: true, seatsTaken: 2 });
  });

  it.each([5, 10])('a group of %i: three attendees break the rule, which is named', (size) => {
    const r = checkGroup({ groupSize: size, representatives: people(2) });
    expect(r).toEqual({
      ok: false,
      code: 'GROUP_TOO_MANY_REPRESENTATIVES',
      message:
        'Đoàn từ 5 đến 10 người cùng một nội dung chỉ được cử tối đa 2 người đại diện đến trình bày ' +
        '(kể cả người đăng ký); đã khai 3 người.',
      rule: RULE,
    });
  });
});

describe('checkGroup: 11 or more send at most 5', () => {
  it('a group of 11 with five attendees is fine', () => {
    expect(checkGroup({ groupSize: 11, representatives: people(4) })).toEqual({
      ok: true,
      seatsTaken: 5,
      attendance: 'representatives',
      maxAttendees: 5,
    });
  });

  it('a group of 200 with six attendees breaks the rule', () => {
    const r = checkGroup({ groupSize: 200, representatives: people(5) });
    expect(r).toMatchObject({ ok: false, code: 'GROUP_TOO_MANY_REPRESENTATIVES', rule: RULE });
    expect(r.ok === false && r.message).toMatch(/^Đoàn từ 11 người trở lên .* tối đa 5 người đại diện/);
  });
});

describe('checkGroup: sizes and duplicates', () => {
  it.each([0, -1, 2.5, Number.NaN, 501])('refuses group size %p', (size) => {
    expect(checkGroup({ groupSize: size })).toEqual({
      ok: false,
      code: 'GROUP_SIZE_INVALID',
      message: 'Số người trong đoàn phải là số nguyên từ 1 đến 500.',
      rule: null,
    });
  });

  it('accepts the upper bound', () => {
    expect(checkGroup({ groupSize: 500 })).toMatchObject({ ok: true, seatsTaken: 1 });
  });

  it('refuses the same person twice, comparing normalised ID numbers', () => {
    const r = checkGroup({
      groupSize: 3,
      representatives: [{ idNumber: '031 085 001 234' }, { idNumber: '031085001234' }],
    });
    expect(r).toMatchObject({ ok: false, code: 'GROUP_DUPLICATE_PERSON', rule: null });
  });

  it('refuses the booker listed again among the representatives', () => {
    const r = checkGroup({ groupSize: 6, bookerIdNumber: 'b1234567', representatives: [{ idNumber: 'B1234567' }] });
    expect(r).toMatchObject({ ok: false, code: 'GROUP_DUPLICATE_PERSON' });
    expect(
      checkGroup({ groupSize: 6, bookerIdNumber: 'C1234567', representatives: [{ idNumber: 'B1234567' }] }),
    ).toMatchObject({
      ok: true,
      seatsTaken: 2,
    });
  });
});

describe('presets', () => {
  it('groupTier and maxAttendees follow the decree', () => {
    expect(groupTier(4)).toBeUndefined();
    expect(groupTier(5)).toEqual({ minSize: 5, maxRepresentatives: 2 });
    expect(groupTier(10)?.maxRepresentatives).toBe(2);
    expect(groupTier(11)?.maxRepresentatives).toBe(5);
    expect([1, 4, 5, 10, 11, 499].map((n) => maxAttendees(n))).toEqual([1, 4, 2, 2, 5, 5]);
  });

  it('a changed preset changes the answer and the message', () => {
    const preset: GroupRulePreset = {
      ...DECREE_124_2020_GROUP_RULES,
      tiers: [
        { minSize: 5, maxRepresentatives: 2 },
        { minSize: 10, maxRepresentatives: 5 },
      ],
      legalBasis: 'Luật sửa đổi (giả định)',
    };
    expect(checkGroup({ groupSize: 10, representatives: people(4) }, preset)).toMatchObject({
      ok: true,
      seatsTaken: 5,
    });
    const r = checkGroup({ groupSize: 9, representatives: people(2) }, preset);
    expect(r).toMatchObject({ ok: false, rule: 'Luật sửa đổi (giả định)' });
    expect(r.ok === false && r.message).toMatch(/^Đoàn từ 5 đến 9 người/);
  });

  it('the default preset cannot be mutated', () => {
    expect(Object.isFrozen(DECREE_124_2020_GROUP_RULES)).toBe(true);
    expect(Object.isFrozen(DECREE_124_2020_GROUP_RULES.tiers[0])).toBe(true);
  });
});

describe('invariants', () => {
  it('seatsTaken is in [1, groupSize] and within the cap; acceptance is exactly "attendees ≤ cap"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat({ max: 12 }), (groupSize, listed) => {
        const r = checkGroup({ groupSize, representatives: people(listed), bookerIdNumber: '001085999999' });
        const cap = maxAttendees(groupSize);
        expect(r.ok).toBe(1 + listed <= cap);
        if (r.ok) {
          expect(r.seatsTaken).toBeGreaterThanOrEqual(1);
          expect(r.seatsTaken).toBeLessThanOrEqual(groupSize);
          expect(r.seatsTaken).toBeLessThanOrEqual(r.maxAttendees);
          expect(r.seatsTaken).toBe(groupSize < 5 ? groupSize : 1 + listed);
        } else {
          expect(['GROUP_TOO_MANY_ATTENDEES', 'GROUP_TOO_MANY_REPRESENTATIVES']).toContain(r.code);
          expect(r.code === 'GROUP_TOO_MANY_REPRESENTATIVES').toBe(groupSize >= 5);
        }
      }),
    );
  });
});
