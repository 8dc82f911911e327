import type { FieldProblem } from './domain-error.js';

/** RFC 9457 problem details, the one shape of every non-2xx response. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldProblem[];
  [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Chưa xác thực',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  405: 'Phương thức không được hỗ trợ',
  409: 'Xung đột dữ liệu',
  413: 'Yêu cầu quá lớn',
  415: 'Kiểu nội dung không được hỗ trợ',
  422: 'Không thể xử lý yêu cầu',
  429: 'Quá nhiều yêu cầu',
  500: 'Lỗi hệ thống',
  503: 'Dịch vụ tạm thời không sẵn sàng',
};

export function titleFor(status: number): string {
  return TITLES[status] ?? (status >= 500 ? TITLES[500] : TITLES[400]);
}

/** A stable type URI per code, e.g. `urn:tiepdan:problem:slot-full`. */
export function problemType(code: string): string {
  return `urn:tiepdan:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

export function buildProblem(input: {
  status: number;
  code: string;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldProblem[];
  extra?: Record<string, unknown>;
}): ProblemDetails {
  const problem: ProblemDetails = {
    ...(input.extra ?? {}),
    type: problemType(input.code),
    title: titleFor(input.status),
    status: input.status,
    detail: input.detail,
    code: input.code,
  };
  if (input.instance) problem.instance = input.instance;
  if (input.requestId) problem.requestId = input.requestId;
  if (input.errors && input.errors.length > 0) problem.errors = input.errors;
  return problem;
}

/** Stable codes for statuses that do not come from a domain error. */
export function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 422:
      return 'UNPROCESSABLE';
    case 429:
      return 'TOO_MANY_REQUESTS';
    case 503:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST';
  }
}
