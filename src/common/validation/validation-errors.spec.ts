import { describe, expect, it } from '@jest/globals';
import type { ValidationError } from 'class-validator';
import { flattenValidationErrors } from './validation-errors.js';

const err = (
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
  contexts?: Record<string, unknown>,
): ValidationError => ({ property, constraints, children, contexts }) as ValidationError;

describe('flattenValidationErrors', () => {
  it('names nested fields and array items by path', () => {
    const tree = [
      err('name', { maxLength: 'name must be shorter' }),
      err('representatives', undefined, [err('1', undefined, [err('idNumber', { isString: 'x' })])]),
    ];
    expect(flattenValidationErrors(tree)).toEqual([
      { field: 'name', message: 'Quá dài.' },
      { field: 'representatives[1].idNumber', message: 'Phải là chuỗi ký tự.' },
    ]);
  });

  it('reports unknown fields', () => {
    expect(
      flattenValidationErrors([err('isAdmin', { whitelistValidation: 'property isAdmin should not exist' })]),
    ).toEqual([{ field: 'isAdmin', message: 'Trường này không được phép.' }]);
  });

  it('keeps the message of custom constraints marked as such', () => {
    const out = flattenValidationErrors([
      err('phone', { isVnPhone: 'Số điện thoại không hợp lệ.' }, [], { isVnPhone: { custom: true } }),
    ]);
    expect(out).toEqual([{ field: 'phone', message: 'Số điện thoại không hợp lệ.' }]);
  });

  it('falls back to the library message for unknown constraints', () => {
    expect(flattenValidationErrors([err('x', { someRule: 'x is odd' })])[0].message).toBe('x is odd');
  });
});

describe('enum messages', () => {
  it('list the allowed values in Vietnamese (@IsIn and @IsEnum)', () => {
    expect(
      flattenValidationErrors([
        err('petitionType', {
          isIn: 'petitionType must be one of the following values: complaint, denunciation, recommendation',
        }),
      ]),
    ).toEqual([{ field: 'petitionType', message: 'Phải là một trong: complaint, denunciation, recommendation.' }]);
    expect(
      flattenValidationErrors([err('kind', { isEnum: 'kind must be one of the following values: a, b' })])[0]!.message,
    ).toBe('Phải là một trong: a, b.');
  });
  it('keep the generic message when the values are not known', () => {
    expect(flattenValidationErrors([err('kind', { isIn: 'odd' })])[0]!.message).toBe(
      'Giá trị không nằm trong danh sách cho phép.',
    );
  });
});
