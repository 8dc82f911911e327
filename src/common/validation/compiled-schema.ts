import { type PipeTransform } from '@nestjs/common';
import { Ajv, type ErrorObject, type SchemaObject } from 'ajv';
import validator from 'validator';
import { type FieldProblem } from '../errors/domain-error.js';
import { INSTANT_MESSAGE, isInstantText } from './decorators.js';
import { messageFor, oneOfMessage } from './validation-errors.js';
import { fail } from '../errors/catalogue.js';
import { COMMON_ERRORS } from '../errors/common-errors.js';

/**
 * Request bodies checked by a JSON Schema compiled once by Ajv, for the few routes hit hard enough that the global
 * class-validator pipe shows in the profile (POST /bookings). The rules must stay those of the route's DTO: each schema
 * has a property test comparing it with class-validator on generated bodies. Errors are the global pipe's: 400
 * VALIDATION_FAILED naming each field (`representatives[1].idNumber`) with the same Vietnamese messages, values never
 * echoed.
 *
 * The formats are class-validator's own functions (validator.js), so `uuid` and `email` accept exactly what
 * `@IsUUID()` and `@IsEmail()` accept; `instant` is our `@IsInstant()`.
 */
const ajv = new Ajv({ allErrors: true, strict: true, coerceTypes: false, useDefaults: false, removeAdditional: false });
ajv.addFormat('uuid', { type: 'string', validate: (v: string) => validator.isUUID(v, 'all') });
ajv.addFormat('email', { type: 'string', validate: (v: string) => validator.isEmail(v) });
ajv.addFormat('instant', { type: 'string', validate: isInstantText });
// class-validator's @MaxLength counts like validator.js's isLength (a surrogate pair or a variation selector is no
// character), not like JSON Schema's maxLength: `maxChars` is that count.
ajv.addKeyword({
  keyword: 'maxChars',
  type: 'string',
  schemaType: 'number',
  errors: false,
  validate: (max: number, value: string) => validator.isLength(value, { min: 0, max }),
});

/** class-validator's constraint names for Ajv's keywords, so both paths give the same messages. */
const CONSTRAINT_OF_KEYWORD: Record<string, string> = {
  required: 'isDefined',
  additionalProperties: 'whitelistValidation',
  minLength: 'isNotEmpty',
  maxLength: 'maxLength',
  maxChars: 'maxLength',
  enum: 'isIn',
  minimum: 'min',
  maximum: 'max',
  maxItems: 'arrayMaxSize',
  minItems: 'arrayMinSize',
};
const CONSTRAINT_OF_TYPE: Record<string, string> = {
  string: 'isString',
  integer: 'isInt',
  number: 'isNumber',
  boolean: 'isBoolean',
  array: 'isArray',
  object: 'nestedValidation',
};
const CONSTRAINT_OF_FORMAT: Record<string, string> = { uuid: 'isUuid', email: 'isEmail' };

/** `/representatives/0/fullName` (+ the missing or extra property) → `representatives[0].fullName`. */
export function fieldPath(error: Pick<ErrorObject, 'instancePath' | 'keyword' | 'params'>): string {
  const parts =
    error.instancePath === ''
      ? []
      : error.instancePath
          .slice(1)
          .split('/')
          .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required') parts.push(String(error.params.missingProperty));
  if (error.keyword === 'additionalProperties') parts.push(String(error.params.additionalProperty));
  const path = parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
  return path === '' ? 'body' : path;
}

function messageOf(error: ErrorObject): string {
  if (error.keyword === 'format' && error.params.format === 'instant') return INSTANT_MESSAGE;
  if (error.keyword === 'enum' && Array.isArray(error.params.allowedValues))
    return oneOfMessage(error.params.allowedValues);
  if (error.keyword === 'format')
    return messageFor(CONSTRAINT_OF_FORMAT[String(error.params.format)] ?? 'matches', 'Sai định dạng.');
  if (error.keyword === 'type') {
    const first = String(error.params.type).split(',')[0]!;
    return messageFor(CONSTRAINT_OF_TYPE[first] ?? 'isObject', 'Sai kiểu dữ liệu.');
  }
  return messageFor(CONSTRAINT_OF_KEYWORD[error.keyword] ?? 'matches', 'Giá trị không hợp lệ.');
}

/** Field problems of Ajv's errors, one per field and message. */
export function problemsOf(errors: readonly ErrorObject[]): FieldProblem[] {
  const seen = new Set<string>();
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const problem = { field: fieldPath(e), message: messageOf(e) };
    const key = `${problem.field}\u0000${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(problem);
    }
  }
  return out;
}

/** Compiles `schema` once; the returned function gives the body back typed, or throws 400 VALIDATION_FAILED. */
export function compileBodyValidator<T>(schema: SchemaObject): (body: unknown) => T {
  const validate = ajv.compile(schema);
  return (body: unknown): T => {
    if (validate(body)) return body as T;
    throw fail(COMMON_ERRORS.VALIDATION_FAILED, { errors: problemsOf(validate.errors ?? []) });
  };
}

/**
 * `@Body(new CompiledBodyPipe(check)) body: SomeBodyType`: declare the parameter with an interface or type alias (not
 * a class) so the global class-validator pipe leaves it to this one.
 */
export class CompiledBodyPipe<T> implements PipeTransform<unknown, T> {
  constructor(private readonly check: (body: unknown) => T) {}

  transform(value: unknown): T {
    return this.check(value);
  }
}
