import { describe, expect, it } from '@jest/globals';
import { validateSync } from 'class-validator';
import { IsInstant, IsIsoDate, IsTimeOfDay, IsTimeZone } from './decorators.js';

class Probe {
  @IsIsoDate() date: unknown;
  @IsTimeOfDay() time: unknown;
  @IsInstant() at: unknown;
  @IsTimeZone() zone: unknown;
}

function failures(values: Partial<Probe>): string[] {
  const p = Object.assign(
    new Probe(),
    { date: '2026-01-01', time: '08:00', at: '2026-03-02T01:00:00.000Z', zone: 'Asia/Ho_Chi_Minh' },
    values,
  );
  return validateSync(p).map((e) => e.property);
}

describe('validation decorators', () => {
  it('accepts good values', () => expect(failures({})).toEqual([]));
  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026/01/01', 20260101, null])('rejects date %p', (date) =>
    expect(failures({ date })).toEqual(['date']),
  );
  it.each(['24:00', '8:00', '08:60', 'noon', 800])('rejects time %p', (time) =>
    expect(failures({ time })).toEqual(['time']),
  );
  it.each(['2026-03-02T01:00:00', '2026-03-02', 'yesterday', '2026-03-02T25:00:00Z'])('rejects instant %p', (at) =>
    expect(failures({ at })).toEqual(['at']),
  );
  it('accepts offsets', () => expect(failures({ at: '2026-03-02T08:00:00+07:00' })).toEqual([]));
  it.each(['Mars/Olympus', '', 'UTC+7x'])('rejects zone %p', (zone) => expect(failures({ zone })).toEqual(['zone']));
});

describe('accepted years (2000–2100)', () => {
  it.each(['1999-12-31', '2101-01-01', '9999-12-31', '0000-01-01'])('rejects date %p', (date) =>
    expect(failures({ date })).toEqual(['date']),
  );
  it.each(['2000-01-01', '2100-12-31'])('accepts date %p', (date) => expect(failures({ date })).toEqual([]));
  it.each([
    '9999-03-02T01:00:00.000Z',
    '1999-12-31T23:59:59.999Z',
    '2101-01-01T00:00:00Z',
    '2101-01-01T08:00:00+07:00',
    '1899-03-02T01:00:00+07:00',
  ])('rejects instant %p', (at) => expect(failures({ at })).toEqual(['at']));
  it.each(['2000-01-01T00:00:00.000Z', '2100-12-31T23:59:59.999Z', '2101-01-01T06:59:59+07:00'])(
    'accepts instant %p',
    (at) => expect(failures({ at })).toEqual([]),
  );
  it('names the range in the messages', () => {
    const p = Object.assign(new Probe(), {
      date: '9999-01-01',
      time: '08:00',
      at: '9999-01-01T00:00:00Z',
      zone: 'Asia/Ho_Chi_Minh',
    });
    for (const e of validateSync(p))
      expect(Object.values(e.constraints ?? {})[0]).toContain('từ năm 2000 đến năm 2100');
  });
});
