import { describe, expect, it } from '@jest/globals';
import { signInLocation, staffCookieOptions } from './staff-controller.js';

describe('staff session cookie', () => {
  it('is HttpOnly, SameSite=Lax, scoped to /can-bo, and Secure in production only', () => {
    expect(staffCookieOptions(true)).toEqual({ httpOnly: true, sameSite: 'lax', secure: true, path: '/can-bo' });
    expect(staffCookieOptions(false).secure).toBe(false);
  });
});

describe('signInLocation', () => {
  it('names the reason and the page to come back to (not the home page)', () => {
    expect(signInLocation('het-han', '/can-bo/cong-viec?trang=2')).toBe(
      '/can-bo/dang-nhap?ly_do=het-han&tiep=%2Fcan-bo%2Fcong-viec%3Ftrang%3D2',
    );
    expect(signInLocation('can-dang-nhap', '/can-bo')).toBe('/can-bo/dang-nhap?ly_do=can-dang-nhap');
  });
});
