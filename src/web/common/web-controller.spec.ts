import { describe, expect, it } from '@jest/globals';
import { isApiPath, outermostPrefixes } from './web-controller.js';

describe('outermostPrefixes', () => {
  it('keeps a nested prefix only when no outer prefix covers it', () => {
    expect(
      outermostPrefixes(['can-bo/lich', 'can-bo', 'can-bo/quan-tri/don-vi', 'quan-tri/x', 'dat-lich', '']),
    ).toEqual(['', 'can-bo', 'dat-lich', 'quan-tri/x']);
  });
  it('does not take a longer name for a parent (can-bo-x is not under can-bo)', () => {
    expect(outermostPrefixes(['can-bo', 'can-bo-x'])).toEqual(['can-bo', 'can-bo-x']);
  });
});

describe('isApiPath', () => {
  it('tells the API from the website', () => {
    expect(isApiPath('/api/v1/sessions?x=1')).toBe(true);
    expect(isApiPath('/can-bo/lich')).toBe(false);
  });
});
