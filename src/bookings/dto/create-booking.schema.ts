import type { SchemaObject } from 'ajv';
import { cleanFreeText, cleanIfString, cleanName } from '../../common/text/clean.js';
import { compileBodyValidator } from '../../common/validation/compiled-schema.js';
import { PETITION_TYPES } from '../booking.entity.js';
import { SALUTATIONS } from '../domain/salutation.js';
import { RECEPTION_FORMS } from '../../sessions/domain/online-reception.js';
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
    form: { type: ['string', 'null'], enum: [...RECEPTION_FORMS, null] },
    recordingConsent: optional({ type: 'boolean' }),
  },
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The cleaning the DTO's `@CleanName()` / `@CleanText()` decorators do, on the plain body (a copy; values that are not
 * strings are left for the schema to refuse): names, ID and phone numbers as names, address and topic as free texts.
 */
export function cleanCreateBookingBody(body: unknown): unknown {
  if (!isObject(body)) return body;
  const out: Record<string, unknown> = { ...body };
  for (const key of ['fullName', 'idNumber', 'phone'] as const)
    if (key in out) out[key] = cleanIfString(out[key], cleanName);
  for (const key of ['address', 'topic'] as const) if (key in out) out[key] = cleanIfString(out[key], cleanFreeText);
  if (Array.isArray(out.representatives)) {
    out.representatives = out.representatives.map((r: unknown) => {
      if (!isObject(r)) return r;
      const rep: Record<string, unknown> = { ...r };
      for (const key of ['fullName', 'idNumber'] as const)
        if (key in rep) rep[key] = cleanIfString(rep[key], cleanName);
      return rep;
    });
  }
  return out;
}

const checkCreateBookingBody = compileBodyValidator<CreateBookingBody>(CREATE_BOOKING_SCHEMA);

/** Cleans (NFC, no invisible characters) and validates a POST /bookings body; throws 400 VALIDATION_FAILED naming the fields. */
export const parseCreateBookingBody = (body: unknown): CreateBookingBody =>
  checkCreateBookingBody(cleanCreateBookingBody(body));
