import { describe, expect, it } from '@jest/globals';
import { fail } from '../../common/errors/catalogue.js';
import { COMMON_ERRORS } from '../../common/errors/common-errors.js';
import { WEB_ERRORS } from '../errors.js';
import { fieldId, formErrors, formErrorsFrom } from './form-errors.js';

describe('form errors from problem details', () => {
  it('puts each field problem beside its field and in the summary, in order', () => {
    const e = fail(COMMON_ERRORS.VALIDATION_FAILED, {
      errors: [
        { field: 'idNumber', message: 'Số CCCD phải gồm 12 chữ số.' },
        { field: 'representatives[1].idNumber', message: 'Số giấy tờ của người đại diện không hợp lệ.' },
        { field: 'sessionId', message: 'Không hợp lệ.' },
      ],
    });
    const shown = new Set(['idNumber', 'representatives-1-idNumber']);
    const out = formErrorsFrom(e, (p) => (shown.has(fieldId(p)) ? fieldId(p) : null))!;
    expect(out.byField).toEqual({
      idNumber: 'Số CCCD phải gồm 12 chữ số.',
      'representatives-1-idNumber': 'Số giấy tờ của người đại diện không hợp lệ.',
    });
    expect(out.summary).toEqual([
      { message: 'Số CCCD phải gồm 12 chữ số.', fieldId: 'idNumber' },
      { message: 'Số giấy tờ của người đại diện không hợp lệ.', fieldId: 'representatives-1-idNumber' },
      { message: 'Không hợp lệ.' },
    ]);
  });

  it('shows a form-wide error (no field) as one summary line; leaves 5xx and foreign errors to the error page', () => {
    const out = formErrorsFrom(fail(WEB_ERRORS.DRAFT_EXPIRED))!;
    expect(out.summary).toEqual([{ message: WEB_ERRORS.DRAFT_EXPIRED.message }]);
    expect(out.byField).toEqual({});
    expect(formErrorsFrom(new Error('boom'))).toBeNull();
    expect(formErrorsFrom(fail(COMMON_ERRORS.INTERNAL_ERROR))).toBeNull();
  });

  it('maps API paths to HTML ids and builds errors found by the page itself', () => {
    expect(fieldId('representatives[0].fullName')).toBe('representatives-0-fullName');
    expect(fieldId('email')).toBe('email');
    expect(formErrors({ consent: 'Bạn cần đồng ý.' })).toEqual({
      summary: [{ message: 'Bạn cần đồng ý.', fieldId: 'consent' }],
      byField: { consent: 'Bạn cần đồng ý.' },
    });
  });
});
