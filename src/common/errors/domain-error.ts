/** One field-level problem, with the field's path in the request (e.g. `representatives[1].idNumber`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A business error with a stable English code and a Vietnamese message for the person who sees it.
 * Services throw these; one filter turns them into RFC 9457 problem details.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    detail: string,
    readonly errors?: FieldProblem[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what = 'Bản ghi', code = 'NOT_FOUND') {
    super(code, 404, `${what} không tồn tại hoặc bạn không có quyền xem.`);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, detail: string, extra?: Record<string, unknown>) {
    super(code, 409, detail, undefined, extra);
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail = 'Bạn không có quyền thực hiện thao tác này.', code = 'FORBIDDEN') {
    super(code, 403, detail);
  }
}

export class UnprocessableError extends DomainError {
  constructor(code: string, detail: string, extra?: Record<string, unknown>) {
    super(code, 422, detail, undefined, extra);
  }
}

export class BadRequestError extends DomainError {
  constructor(code: string, detail: string, errors?: FieldProblem[]) {
    super(code, 400, detail, errors);
  }
}
