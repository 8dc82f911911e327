import { describe, it, expect } from '@jest/globals';
import { validateRrule } from './rrule-validation.js';

function codeOf(value: string, from?: string): string {
  const r = validateRrule(value, from ? { from } : {});
  return r.ok ? 'OK' : r.code;
}

describe('validateRrule: accepted values', () => {
  it.each([
    'FREQ=WEEKLY;BYDAY=MO',
    'FREQ=WEEKLY;BYDAY=MO,TH',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;WKST=MO',
    'FREQ=MONTHLY;BYMONTHDAY=10,25',
    'FREQ=MONTHLY;BYMONTHDAY=-1',
    'FREQ=MONTHLY;BYDAY=+1MO',
    'FREQ=MONTHLY;BYDAY=-1FR',
    'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2',
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    'FREQ=MONTHLY;BYMONTHDAY=31',
    'FREQ=YEARLY;BYMONTH=3;BYDAY=+2TU',
    'FREQ=YEARLY;BYDAY=20MO',
    'FREQ=DAILY;BYDAY=MO,WE,FR',
    'FREQ=WEEKLY;BYDAY=TU;COUNT=10',
    'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231',
    'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T170000Z',
    'FREQ=MONTHLY;BYMONTHDAY=+10',
  ])('%s', (value) => {
    expect(validateRrule(value)).toEqual({ ok: true, normalized: value });
  });

  it('is case-insensitive and returns the upper-case form', () => {
    expect(validateRrule('freq=weekly;byday=mo')).toEqual({ ok: true, normalized: 'FREQ=WEEKLY;BYDAY=MO' });
    expect(validateRrule('  FREQ=MONTHLY;BYDAY=+1mo  ')).toEqual({ ok: true, normalized: 'FREQ=MONTHLY;BYDAY=+1MO' });
  });
});

describe('validateRrule: rejected values', () => {
  it.each([
    ['', 'RRULE_EMPTY'],
    ['   ', 'RRULE_EMPTY'],
    ['garbage', 'RRULE_SYNTAX'],
    ['FREQ=WEEKLY;;BYDAY=MO', 'RRULE_SYNTAX'],
    ['FREQ=WEEKLY;BYDAY=MO;', 'RRULE_SYNTAX'],
    ['FREQ=WEEKLY;BYDAY=', 'RRULE_SYNTAX'],
    ['FREQ==WEEKLY', 'RRULE_SYNTAX'],
    ['FREQ=WEEKLY; BYDAY=MO', 'RRULE_SYNTAX'],
    ['RRULE:FREQ=WEEKLY;BYDAY=MO', 'RRULE_SYNTAX'],
    ['FREQ=WEEKLY\nBYDAY=MO', 'RRULE_SYNTAX'],
    ['FREQ=WEEKLY;FOO=1', 'RRULE_UNKNOWN_PART'],
    ['FREQ=WEEKLY;X-NAME=1', 'RRULE_UNKNOWN_PART'],
    ['DTSTART=20260101;FREQ=WEEKLY', 'RRULE_UNKNOWN_PART'],
    ['FREQ=DAILY;BYHOUR=8', 'RRULE_UNSUPPORTED_PART'],
    ['FREQ=DAILY;BYMINUTE=30', 'RRULE_UNSUPPORTED_PART'],
    ['FREQ=YEARLY;BYWEEKNO=20', 'RRULE_UNSUPPORTED_PART'],
    ['FREQ=YEARLY;BYYEARDAY=100', 'RRULE_UNSUPPORTED_PART'],
    ['FREQ=WEEKLY;FREQ=DAILY', 'RRULE_DUPLICATE_PART'],
    ['FREQ=WEEKLY;BYDAY=MO;byday=TU', 'RRULE_DUPLICATE_PART'],
    ['BYDAY=MO', 'RRULE_FREQ_MISSING'],
    ['FREQ=HOURLY', 'RRULE_FREQ_UNSUPPORTED'],
    ['FREQ=MINUTELY', 'RRULE_FREQ_UNSUPPORTED'],
    ['FREQ=SECONDLY', 'RRULE_FREQ_UNSUPPORTED'],
    ['FREQ=FORTNIGHTLY', 'RRULE_INVALID_VALUE'],
    ['FREQ=DAILY;COUNT=0', 'RRULE_INVALID_VALUE'],
    ['FREQ=DAILY;COUNT=-3', 'RRULE_INVALID_VALUE'],
    ['FREQ=DAILY;COUNT=1.5', 'RRULE_INVALID_VALUE'],
    ['FREQ=DAILY;INTERVAL=0', 'RRULE_INVALID_VALUE'],
    ['FREQ=DAILY;INTERVAL=abc', 'RRULE_INVALID_VALUE'],
    ['FREQ=WEEKLY;BYDAY=XX', 'RRULE_INVALID_VALUE'],
    ['FREQ=WEEKLY;BYDAY=MON', 'RRULE_INVALID_VALUE'],
    ['FREQ=MONTHLY;BYDAY=0MO', 'RRULE_INVALID_VALUE'],
    ['FREQ=YEARLY;BYDAY=54MO', 'RRULE_INVALID_VALUE'],
    ['FREQ=MONTHLY;BYMONTHDAY=0', 'RRULE_INVALID_VALUE'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'RRULE_INVALID_VALUE'],
    ['FREQ=MONTHLY;BYMONTHDAY=-32', 'RRULE_INVALID_VALUE'],
    ['FREQ=YEARLY;BYMONTH=13', 'RRULE_INVALID_VALUE'],
    ['FREQ=YEARLY;BYMONTH=-1', 'RRULE_INVALID_VALUE'],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0', 'RRULE_INVALID_VALUE'],
    ['FREQ=WEEKLY;WKST=XX', 'RRULE_INVALID_VALUE'],
    ['FREQ=WEEKLY;UNTIL=2026-12-31', 'RRULE_INVALID_VALUE'],
    ['FREQ=WEEKLY;UNTIL=20260230', 'RRULE_INVALID_VALUE'],
    ['FREQ=WEEKLY;UNTIL=20261231T250000Z', 'RRULE_INVALID_VALUE'],
    ['FREQ=WEEKLY;COUNT=3;UNTIL=20261231', 'RRULE_CONFLICT'],
    ['FREQ=WEEKLY;BYDAY=+1MO', 'RRULE_CONFLICT'],
    ['FREQ=DAILY;BYDAY=-1FR', 'RRULE_CONFLICT'],
    ['FREQ=MONTHLY;BYDAY=+6MO', 'RRULE_CONFLICT'],
    ['FREQ=YEARLY;BYMONTH=2;BYDAY=-6MO', 'RRULE_CONFLICT'],
    ['FREQ=WEEKLY;BYMONTHDAY=10', 'RRULE_CONFLICT'],
    ['FREQ=MONTHLY;BYSETPOS=1', 'RRULE_CONFLICT'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'RRULE_NO_OCCURRENCE'],
    ['FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31', 'RRULE_NO_OCCURRENCE'],
    ['FREQ=WEEKLY;BYDAY=MO;BYSETPOS=2', 'RRULE_NO_OCCURRENCE'],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6', 'RRULE_NO_OCCURRENCE'],
    ['FREQ=WEEKLY;BYDAY=MO;UNTIL=20231231', 'RRULE_NO_OCCURRENCE'],
  ])('%j → %s', (value, code) => {
    const result = validateRrule(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it('names the offending part in a Vietnamese message', () => {
    const r = validateRrule('FREQ=WEEKLY;BYDAY=XX');
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('BYDAY') });
    expect(validateRrule('FREQ=HOURLY')).toMatchObject({ message: expect.stringContaining('không dùng được') });
  });

  it('does not throw on non-string input coming from untyped JSON', () => {
    expect(validateRrule(undefined as unknown as string)).toMatchObject({ ok: false, code: 'RRULE_EMPTY' });
    expect(validateRrule(42 as unknown as string)).toMatchObject({ ok: false, code: 'RRULE_EMPTY' });
  });
});

describe('validateRrule: probing depends on the start date', () => {
  it('an every-4-years 29 February rule is fine from a leap year and empty from another year', () => {
    const rule = 'FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29';
    expect(codeOf(rule, '2028-01-01')).toBe('OK');
    expect(codeOf(rule, '2026-01-01')).toBe('RRULE_NO_OCCURRENCE');
  });

  it('every 7 days on Mondays only works when the schedule starts on a Monday', () => {
    expect(codeOf('FREQ=DAILY;INTERVAL=7;BYDAY=MO', '2026-01-05')).toBe('OK');
    expect(codeOf('FREQ=DAILY;INTERVAL=7;BYDAY=MO', '2026-01-06')).toBe('RRULE_NO_OCCURRENCE');
  });

  it('accepts a rare but real rule (29 February on a Monday, next in 2044)', () => {
    expect(codeOf('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO', '2026-01-01')).toBe('OK');
  });

  it('rejects an impossible daily rule quickly (no walk to year 9999)', () => {
    const t0 = performance.now();
    expect(codeOf('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', '2026-01-01')).toBe('RRULE_NO_OCCURRENCE');
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('rejects a malformed probe date', () => {
    expect(() => validateRrule('FREQ=DAILY', { from: '2026-13-01' })).toThrow(RangeError);
  });
});
