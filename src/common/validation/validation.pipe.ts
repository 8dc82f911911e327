import { ValidationPipe } from '@nestjs/common';
import { flattenValidationErrors } from './validation-errors.js';
import { fail } from '../errors/catalogue.js';
import { COMMON_ERRORS } from '../errors/common-errors.js';

/** The one global pipe: whitelist, forbid unknown fields, transform; errors as problem details naming each field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => fail(COMMON_ERRORS.VALIDATION_FAILED, { errors: flattenValidationErrors(errors) }),
  });
}
