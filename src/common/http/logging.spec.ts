import { describe, expect, it } from '@jest/globals';
import { redactUrl } from './logging.js';

describe('redactUrl', () => {
  it('hides feed tokens and personal data in query strings', () => {
    expect(redactUrl('/api/v1/feeds/units/x.ics?token=abcDEF123_-')).toBe('/api/v1/feeds/units/x.ics?token=[REDACTED]');
    expect(redactUrl('/a?x=1&idNumber=001203004567&y=2')).toBe('/a?x=1&idNumber=[REDACTED]&y=2');
    expect(redactUrl('/a?PHONE=0912345678')).toBe('/a?PHONE=[REDACTED]');
  });
  it('leaves other URLs alone', () => {
    expect(redactUrl('/api/v1/units?level=commune')).toBe('/api/v1/units?level=commune');
    expect(redactUrl(undefined)).toBeUndefined();
  });
});
