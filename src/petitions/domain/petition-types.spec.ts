import { describe, it, expect } from '@jest/globals';
import {
  COMPLEXITY_LABELS,
  deadlineStepLabel,
  isAnonymousDenunciation,
  isComplexity,
  isPetitionChannel,
  isPetitionType,
  isProtectedIdentity,
  PETITION_CHANNEL_LABELS,
  PETITION_TYPE_LABELS,
  PETITION_TYPES,
} from './petition-types.js';
import { loadShippedRules } from './testing/fixtures.fixture-spec.js';

describe('petition types', () => {
  it('labels the four legal types in Vietnamese', () => {
    expect(PETITION_TYPE_LABELS).toEqual({
      complaint: 'Khiếu nại',
      denunciation: 'Tố cáo',
      recommendation: 'Kiến nghị',
      feedback: 'Phản ánh',
    });
  });

  it('labels every channel and complexity, in NFC', () => {
    for (const label of [...Object.values(PETITION_CHANNEL_LABELS), ...Object.values(COMPLEXITY_LABELS)]) {
      expect(label.length).toBeGreaterThan(0);
      expect(label).toBe(label.normalize('NFC'));
    }
  });

  it('has a Vietnamese label for every step of the shipped rules', () => {
    for (const v of loadShippedRules().versions) {
      const steps = [...v.commonSteps, ...Object.values(v.types).flatMap((t) => t.steps)].map((s) => s.step);
      for (const s of steps) expect(deadlineStepLabel(s)).not.toBe(s);
    }
    expect(deadlineStepLabel('unknown_step')).toBe('unknown_step');
  });

  it('guards', () => {
    expect(PETITION_TYPES.every(isPetitionType)).toBe(true);
    expect(isPetitionType('petition')).toBe(false);
    expect(isPetitionChannel('online')).toBe(true);
    expect(isPetitionChannel('fax')).toBe(false);
    expect(isComplexity('especially_complex')).toBe(true);
    expect(isComplexity(3)).toBe(false);
  });

  it('seals the identity of denouncers only', () => {
    expect(PETITION_TYPES.filter((type) => isProtectedIdentity({ type }))).toEqual(['denunciation']);
  });

  it('puts anonymous denunciations in their own queue', () => {
    expect(isAnonymousDenunciation({ type: 'denunciation', anonymous: true })).toBe(true);
    expect(isAnonymousDenunciation({ type: 'denunciation' })).toBe(false);
    expect(isAnonymousDenunciation({ type: 'feedback', anonymous: true })).toBe(false);
  });
});
