import { ValidationPipe } from '@nestjs/common';
import { BadRequestError } from '../errors/domain-error.js';
import { flattenValidationErrors } from './validation-errors.js';

/** The one global pipe: whitelist, forbid unknown fields, transform; errors as problem details naming each field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new BadRequestError('VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', flattenValidationErrors(errors)),
  });
}
