import type { PipeTransform } from '@nestjs/common';
import { isYearInRange, YEAR_RANGE_TEXT } from './date-range.js';
import { fail } from '../errors/catalogue.js';
import { COMMON_ERRORS } from '../errors/common-errors.js';

/** A year in a route, written with four digits and within the accepted years; anything else answers 400 naming it. */
export class YearPipe implements PipeTransform<unknown, number> {
  constructor(private readonly field = 'year') {}

  transform(value: unknown): number {
    // The global pipe may already have turned the route's text into a number (the parameter is typed `number`).
    const year =
      typeof value === 'number' ? value : typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!isYearInRange(year)) {
      throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
        detail: 'Năm không hợp lệ.',
        errors: [{ field: this.field, message: `Phải là năm có 4 chữ số, ${YEAR_RANGE_TEXT}.` }],
      });
    }
    return year;
  }
}
