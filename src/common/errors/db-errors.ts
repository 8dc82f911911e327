/** What a database constraint violation means to a client. */
export interface MappedDbError {
  status: number;
  code: string;
  detail: string;
}

interface DriverErrorLike {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
}

/**
 * Maps unique / foreign-key / not-null / check violations and lock time-outs of SQLite (better-sqlite3) and
 * PostgreSQL (pg) to problem-details statuses. Returns null for anything else. Never echoes values from the row.
 */
export function mapDbError(error: unknown): MappedDbError | null {
  if (!error || typeof error !== 'object') return null;
  const outer = error as DriverErrorLike & { driverError?: DriverErrorLike };
  const driver = outer.driverError ?? outer;
  const code = typeof driver.code === 'string' ? driver.code : '';
  switch (code) {
    case '23505':
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return { status: 409, code: 'ALREADY_EXISTS', detail: 'Dữ liệu đã tồn tại (trùng với một bản ghi khác).' };
    case '23503':
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return { status: 400, code: 'REFERENCE_NOT_FOUND', detail: 'Dữ liệu tham chiếu tới một bản ghi không tồn tại hoặc đang được sử dụng.' };
    case '23502':
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return { status: 400, code: 'MISSING_VALUE', detail: 'Thiếu một giá trị bắt buộc.' };
    case '23514':
    case 'SQLITE_CONSTRAINT_CHECK':
      return { status: 400, code: 'CONSTRAINT_VIOLATED', detail: 'Dữ liệu không thỏa mãn ràng buộc.' };
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
    case '55P03':
    case '40P01':
      return { status: 503, code: 'DATABASE_BUSY', detail: 'Hệ thống đang bận, vui lòng thử lại.' };
    default:
      return null;
  }
}

/** True when the error is a uniqueness violation (services use it to turn a race into a domain error). */
export function isUniqueViolation(error: unknown): boolean {
  const mapped = mapDbError(error);
  return mapped?.code === 'ALREADY_EXISTS';
}
