import { describe, expect, it } from '@jest/globals';
import { isNotModified } from './conditional.js';

const TAG = '"abc123"';
const LM = '2026-03-01T10:00:00.000Z';

describe('isNotModified', () => {
  it('matches If-None-Match exactly, in a list, weakly, or with *', () => {
    expect(isNotModified({ ifNoneMatch: '"abc123"' }, TAG, LM)).toBe(true);
    expect(isNotModified({ ifNoneMatch: '"x", "abc123"' }, TAG, LM)).toBe(true);
    expect(isNotModified({ ifNoneMatch: 'W/"abc123"' }, TAG, LM)).toBe(true);
    expect(isNotModified({ ifNoneMatch: '*' }, TAG, LM)).toBe(true);
    expect(isNotModified({ ifNoneMatch: '"abc12"' }, TAG, LM)).toBe(false);
    expect(isNotModified({ ifNoneMatch: 'abc123' }, TAG, LM)).toBe(false);
  });

  it('If-None-Match takes precedence over If-Modified-Since', () => {
    expect(isNotModified({ ifNoneMatch: '"other"', ifModifiedSince: 'Sun, 01 Mar 2026 10:00:00 GMT' }, TAG, LM)).toBe(
      false,
    );
  });

  it('If-Modified-Since: not modified at or after the last change, modified before it', () => {
    expect(isNotModified({ ifModifiedSince: 'Sun, 01 Mar 2026 10:00:00 GMT' }, TAG, LM)).toBe(true);
    expect(isNotModified({ ifModifiedSince: 'Sun, 01 Mar 2026 11:00:00 GMT' }, TAG, LM)).toBe(true);
    expect(isNotModified({ ifModifiedSince: 'Sun, 01 Mar 2026 09:59:59 GMT' }, TAG, LM)).toBe(false);
    expect(isNotModified({ ifModifiedSince: 'yesterday' }, TAG, LM)).toBe(false);
    expect(isNotModified({ ifModifiedSince: 'Sun, 01 Mar 2026 10:00:00 GMT' }, TAG, null)).toBe(false);
  });

  it('no validators: modified', () => {
    expect(isNotModified({}, TAG, LM)).toBe(false);
  });
});
