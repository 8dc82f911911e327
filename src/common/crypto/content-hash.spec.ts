import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { canonicalJson, contentHash } from './content-hash.js';

describe('content hash of finalised minutes', () => {
  it('ignores key order and undefined fields, and NFC-normalises strings', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined })).toBe('{"a":[true,null,"x"],"b":1}');
    expect(contentHash({ name: 'Hòa'.normalize('NFD') })).toBe(contentHash({ name: 'Hòa' }));
  });

  it('changes with any change of content', () => {
    const a = { cases: [{ summary: 'Khiếu nại', dueDate: '2026-03-20' }] };
    expect(contentHash(a)).not.toBe(contentHash({ cases: [{ summary: 'Khiếu nại', dueDate: '2026-03-21' }] }));
    expect(contentHash(a)).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('is the same for any permutation of keys (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean())), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        return contentHash(obj) === contentHash(reversed);
      }),
    );
  });

  it('refuses non-finite numbers', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(RangeError);
  });
});
