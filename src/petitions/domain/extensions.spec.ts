import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { validateExtension } from './extensions.js';
import { COMPLEXITIES, PETITION_TYPES } from './petition-types.js';
import { preset2026 } from './testing/fixtures.fixture-spec.js';

const preset = preset2026();
const ext = (days: number) => ({ days, reason: 'Vụ việc phức tạp' });

describe('validateExtension (Law on Denunciation 2018, Art. 30)', () => {
  it('complex denunciation: one extension of up to 30 days', () => {
    expect(validateExtension('denunciation', 'complex', [], 30, preset)).toEqual({
      ok: true,
      maxDays: 30,
      remaining: 0,
    });
    expect(validateExtension('denunciation', 'complex', [ext(30)], 10, preset)).toEqual({
      ok: false,
      code: 'EXTENSION_LIMIT_REACHED',
    });
    expect(validateExtension('denunciation', 'complex', [], 31, preset)).toEqual({
      ok: false,
      code: 'EXTENSION_TOO_LONG',
    });
  });

  it('especially complex denunciation: two extensions of up to 30 days each, a third refused', () => {
    expect(validateExtension('denunciation', 'especially_complex', [], 30, preset)).toMatchObject({
      ok: true,
      remaining: 1,
    });
    expect(validateExtension('denunciation', 'especially_complex', [ext(30)], 30, preset)).toMatchObject({
      ok: true,
      remaining: 0,
    });
    expect(validateExtension('denunciation', 'especially_complex', [ext(30), ext(30)], 1, preset)).toEqual({
      ok: false,
      code: 'EXTENSION_LIMIT_REACHED',
    });
    expect(validateExtension('denunciation', 'especially_complex', [ext(30)], 45, preset)).toEqual({
      ok: false,
      code: 'EXTENSION_TOO_LONG',
    });
  });

  it('a normal denunciation cannot be extended', () => {
    expect(validateExtension('denunciation', 'normal', [], 10, preset)).toEqual({
      ok: false,
      code: 'EXTENSION_NOT_ALLOWED',
    });
  });

  it.each(['complaint', 'recommendation', 'feedback'] as const)(
    '%s: no extensions (the limits already include complexity)',
    (type) => {
      for (const c of COMPLEXITIES)
        expect(validateExtension(type, c, [], 10, preset)).toEqual({ ok: false, code: 'EXTENSION_NOT_ALLOWED' });
    },
  );

  it.each([0, -5, 2.5, Number.NaN])('rejects %p days', (days) => {
    expect(validateExtension('denunciation', 'complex', [], days, preset)).toEqual({
      ok: false,
      code: 'EXTENSION_INVALID_DAYS',
    });
  });

  it('follows the preset, not constants', () => {
    const custom = structuredClone(preset);
    custom.types.denunciation.extensions!.byComplexity.complex = { maxCount: 2, maxDays: 15 };
    expect(validateExtension('denunciation', 'complex', [ext(15)], 15, custom)).toMatchObject({ ok: true });
    expect(validateExtension('denunciation', 'complex', [], 16, custom)).toEqual({
      ok: false,
      code: 'EXTENSION_TOO_LONG',
    });
  });

  it('property: an accepted extension never exceeds the per-extension maximum nor the count', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PETITION_TYPES),
        fc.constantFrom(...COMPLEXITIES),
        fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 4 }),
        fc.integer({ min: -10, max: 100 }),
        (type, complexity, existing, days) => {
          const r = validateExtension(type, complexity, existing.map(ext), days, preset);
          if (r.ok) {
            const limit = preset.types[type].extensions!.byComplexity[complexity];
            expect(days).toBeGreaterThan(0);
            expect(days).toBeLessThanOrEqual(limit.maxDays);
            expect(existing.length).toBeLessThan(limit.maxCount);
          }
        },
      ),
    );
  });
});
