import { ParseUUIDPipe } from '@nestjs/common';
import { NotFoundError } from '../errors/domain-error.js';

/** Route ids are UUIDs; anything else cannot name a record, so it answers 404 like a missing one. */
export const UuidPipe = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError() });
