import type { SchemaObject } from 'ajv';
import { compileBodyValidator } from '../../common/validation/compiled-schema.js';
import { PETITION_TYPES } from '../booking.entity.js';
import { SALUTATIONS } from '../domain/salutation.js';
import { BOOKING_LIMITS, type CreateBookingBody } from './create-booking.dto.js';

const text = (max: number) => ({ type: 'string', minLength: 1, maxChars: max });
// @IsOptional(): null counts as absent.
const optional = (s: { type: string } & Record<string, unknown>) => ({ ...s, type: [s.type, 'null'] });

const representative: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['fullName', 'idNumber'],
  properties: { fullName: text(BOOKING_LIMITS.fullName), idNumber: text(BOOKING_LIMITS.idNumber) },
};

/** The rules of CreateBookingDto as a JSON Schema (create-booking.schema.spec.ts proves them equal on generated bodies). */
export const CREATE_BOOKING_SCHEMA: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['sessionId', 'slotStartsAt', 'fullName', 'idNumber', 'phone', 'address', 'topic'],
  properties: {
    sessionId: { type: 'string', format: 'uuid' },
    slotStartsAt: { type: 'string', format: 'instant' },
    fullName: text(BOOKING_LIMITS.fullName),
    salutation: { type: ['string', 'null'], enum: [...SALUTATIONS, null] },
    idNumber: text(BOOKING_LIMITS.idNumber),
    phone: text(BOOKING_LIMITS.phone),
    email: optional({ type: 'string', format: 'email', maxChars: BOOKING_LIMITS.email }),
    address: text(BOOKING_LIMITS.address),
    topic: text(BOOKING_LIMITS.topic),
    petitionType: { type: ['string', 'null'], enum: [...PETITION_TYPES, null] },
    groupSize: optional({ type: 'integer', minimum: 1, maximum: BOOKING_LIMITS.groupSize }),
    representatives: optional({ type: 'array', maxItems: BOOKING_LIMITS.representatives, items: representative }),
    waitlist: optional({ type: 'boolean' }),
  },
};

/** Validates a POST /bookings body; throws 400 VALIDATION_FAILED naming the fields. */
export const parseCreateBookingBody = compileBodyValidator<CreateBookingBody>(CREATE_BOOKING_SCHEMA);
