import { DomainError } from '../../common/errors/domain-error.js';

/** One line of the error summary: the message, and the id of the field it links to (none for a form-wide error). */
export interface SummaryItem {
  message: string;
  fieldId?: string;
}

/** Errors of a form as the page shows them: the summary at the top and the message beside each field (by field id). */
export interface FormErrors {
  summary: SummaryItem[];
  byField: Record<string, string>;
}

export const NO_ERRORS: FormErrors = { summary: [], byField: {} };

/** The HTML id of a field from its API path: `representatives[1].idNumber` → `representatives-1-idNumber`. */
export function fieldId(path: string): string {
  return path.replace(/[[\].]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * The problem details of a domain error (the same exceptions the API answers with) as form errors: each `errors[]`
 * item beside its field (`fieldOf` maps the API field path to the id of the field that shows it, or null when the
 * form does not show it: then the message is in the summary only), a form-wide message when there are none. Returns
 * null for errors a form cannot explain (5xx and anything that is not a DomainError): those go to the error page.
 */
export function formErrorsFrom(e: unknown, fieldOf: (apiPath: string) => string | null = fieldId): FormErrors | null {
  if (!(e instanceof DomainError) || e.status >= 500) return null;
  const summary: SummaryItem[] = [];
  const byField: Record<string, string> = {};
  for (const p of e.errors ?? []) {
    const id = fieldOf(p.field);
    if (id) {
      byField[id] ??= p.message;
      summary.push({ message: p.message, fieldId: id });
    } else summary.push({ message: p.message });
  }
  if (summary.length === 0) summary.push({ message: e.message });
  return { summary, byField };
}

/**
 * The form errors of a refused post, for pages where "not found" and "forbidden" have their own pages: a 404 or 403
 * (another unit's record, a role that may not) and anything a form cannot explain are thrown on to the error pages.
 */
export function formErrorsOrThrow(e: unknown, fieldOf?: (apiPath: string) => string | null): FormErrors {
  if (e instanceof DomainError && (e.status === 404 || e.status === 403)) throw e;
  const errors = formErrorsFrom(e, fieldOf);
  if (!errors) throw e;
  return errors;
}

/** Form errors found by the page itself (before calling the service), field id → message, in the form's order. */
export function formErrors(byField: Record<string, string>): FormErrors {
  return {
    summary: Object.entries(byField).map(([fieldId, message]) => ({ message, fieldId })),
    byField,
  };
}

export const hasErrors = (e: FormErrors | null | undefined): boolean => !!e && e.summary.length > 0;
