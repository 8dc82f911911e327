import type { Type } from '@nestjs/common';
import { currentContext } from '../../../common/context/request-context.js';
import { DomainError, NotFoundError } from '../../../common/errors/domain-error.js';
import { createValidationPipe } from '../../../common/validation/validation.pipe.js';
import { formErrors, formErrorsOrThrow, type FormErrors } from '../../common/form-errors.js';
import { isUuidText } from './domain/admin-forms.js';

const pipe = createValidationPipe();

/**
 * The body of an administration form checked exactly as the API checks it (the same global validation pipe and DTO
 * class): a wrong value throws the API's VALIDATION_FAILED problem, which the page shows beside the field.
 */
export async function asDto<T extends object>(dto: Type<T>, body: Record<string, unknown>): Promise<T> {
  return (await pipe.transform(body, { type: 'body', metatype: dto, data: '' })) as T;
}

/** An id in a page's path: anything but a UUID is a page that does not exist (404 page). */
export function pathId(raw: string, what: string): string {
  if (!isUuidText(raw)) throw new NotFoundError(what);
  return raw;
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; errors: FormErrors; status: number };

/**
 * Runs a service call of a form: its domain errors (400/409/422) come back as form errors with their status, to show
 * on the form; a missing record (404), a refusal (403) and anything unexpected go on to the error page.
 */
export async function attempt<T>(
  run: () => Promise<T>,
  fieldOf?: (apiPath: string) => string | null,
): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (e) {
    // A form sent back with its errors answers 4xx: the audit interceptor then records nothing as done.
    if (!(e instanceof DomainError)) throw e;
    return { ok: false, errors: formErrorsOrThrow(e, fieldOf), status: e.status };
  }
}

/** Form errors found on the page (before calling a service): status 400. */
export function refused(byField: Record<string, string>): { ok: false; errors: FormErrors; status: number } {
  return { ok: false, errors: formErrors(byField), status: 400 };
}

/**
 * Names the audit action of this form post (the audit interceptor reads every POST of a path ending in `:id` as a
 * creation): `update` for an edit, `retry` for a message queued again. Set before the service's transaction, which
 * appends the row.
 */
export function auditAs(action: string): void {
  const pending = currentContext()?.audit;
  if (pending) pending.action = action;
}
