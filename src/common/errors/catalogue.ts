/**
 * Error catalogues: each module lists the codes it can answer, once, with their HTTP status and Vietnamese message
 * (`src/<module>/errors.ts`); services throw `fail(SESSION_ERRORS.SESSION_CLOSED)` instead of typing the code and the
 * message again. A message that needs values (a date, a count) is passed as `detail` at the throw site; the
 * catalogue's `message` then describes the rule in general words (it is what the documentation and the wording test
 * read).
 * The app-level list of every catalogue is `src/error-codes.ts` (common never imports feature modules).
 */
import {
  BadRequestError,
  ConflictError,
  DomainError,
  ForbiddenError,
  UnprocessableError,
  type FieldProblem,
} from './domain-error.js';

export interface ErrorEntry {
  readonly code: string;
  readonly status: number;
  readonly message: string;
}

/** `code` defaults to the key; it is given only where one code is answered with two statuses (see the modules). */
type Entries = Record<string, { code?: string; status: number; message: string }>;
export type Catalogue<T extends Entries> = {
  readonly [K in keyof T]: ErrorEntry & { readonly code: T[K] extends { code: infer C extends string } ? C : K };
};

/** Gives every entry its key as `code` (so a code is typed once). */
export function defineErrors<T extends Entries>(entries: T): Catalogue<T> {
  const out: Record<string, ErrorEntry> = {};
  for (const [key, e] of Object.entries(entries))
    out[key] = Object.freeze({ code: e.code ?? key, status: e.status, message: e.message });
  return Object.freeze(out) as Catalogue<T>;
}

export interface FailOptions {
  /** The message with this case's values; the catalogue message when absent. */
  detail?: string;
  errors?: FieldProblem[];
  extra?: Record<string, unknown>;
}

/** The error to throw for a catalogue entry (the same DomainError subclass the status always had). */
export function fail(entry: ErrorEntry, opts: FailOptions = {}): DomainError {
  const detail = opts.detail ?? entry.message;
  switch (entry.status) {
    case 400:
      return new BadRequestError(entry.code, detail, opts.errors);
    case 403:
      return new ForbiddenError(detail, entry.code);
    case 409:
      if (!opts.errors) return new ConflictError(entry.code, detail, opts.extra);
      break;
    case 422:
      if (!opts.errors) return new UnprocessableError(entry.code, detail, opts.extra);
      break;
  }
  return new DomainError(entry.code, entry.status, detail, opts.errors, opts.extra);
}

/** A field problem whose message is the entry's (or the given detail). */
export function failOnField(entry: ErrorEntry, field: string, detail?: string): DomainError {
  const message = detail ?? entry.message;
  return fail(entry, { detail: message, errors: [{ field, message }] });
}
