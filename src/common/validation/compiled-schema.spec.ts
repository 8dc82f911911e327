import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../errors/domain-error.js';
import { compileBodyValidator, CompiledBodyPipe, fieldPath } from './compiled-schema.js';

describe('fieldPath', () => {
  it('writes JSON pointers the way the global pipe names fields', () => {
    expect(fieldPath({ instancePath: '/a/0/b', keyword: 'type', params: {} })).toBe('a[0].b');
    expect(fieldPath({ instancePath: '/a/1', keyword: 'required', params: { missingProperty: 'c' } })).toBe('a[1].c');
    expect(fieldPath({ instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'x' } })).toBe(
      'x',
    );
    expect(fieldPath({ instancePath: '/we~1ird~0name', keyword: 'type', params: {} })).toBe('we/ird~name');
    expect(fieldPath({ instancePath: '', keyword: 'type', params: { type: 'object' } })).toBe('body');
  });
});

describe('compileBodyValidator', () => {
  const check = compileBodyValidator<{ n: number; s?: string | null }>({
    type: 'object',
    additionalProperties: false,
    required: ['n'],
    properties: { n: { type: 'integer', minimum: 1 }, s: { type: ['string', 'null'], minLength: 1, maxChars: 3 } },
  });

  it('gives a valid body back as it is', () => {
    const body = { n: 2, s: 'abc' };
    expect(check(body)).toBe(body);
    expect(new CompiledBodyPipe(check).transform({ n: 1, s: null })).toEqual({ n: 1, s: null });
  });

  it('lists every problem once with a Vietnamese message and never the value', () => {
    let error: unknown;
    try {
      check({ n: 0.5, s: 'secret-value', other: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const e = error as DomainError;
    expect(e.status).toBe(400);
    expect(e.errors).toEqual([
      { field: 'other', message: 'Trường này không được phép.' },
      { field: 'n', message: 'Phải là số nguyên.' },
      { field: 'n', message: 'Giá trị quá nhỏ.' },
      { field: 's', message: 'Quá dài.' },
    ]);
    expect(JSON.stringify(e)).not.toContain('secret-value');
  });

  it('counts characters like class-validator (an emoji is one, so is one with a variation selector)', () => {
    expect(check({ n: 1, s: '😀😀😀' })).toBeTruthy();
    expect(check({ n: 1, s: '❤️❤️❤️' })).toBeTruthy();
    expect(() => check({ n: 1, s: '😀😀😀😀' })).toThrow(DomainError);
  });
});

describe('compiled enum messages', () => {
  it('list the allowed values like the global pipe', () => {
    const check = compileBodyValidator<{ t: string }>({
      type: 'object',
      required: ['t'],
      properties: { t: { enum: ['complaint', 'denunciation'] } },
    });
    expect(() => check({ t: 'x' })).toThrow(DomainError);
    try {
      check({ t: 'x' });
    } catch (e) {
      expect((e as DomainError).errors).toEqual([
        { field: 't', message: 'Phải là một trong: complaint, denunciation.' },
      ]);
    }
  });
});
