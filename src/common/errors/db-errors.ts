/** What a database constraint violation means to a client. */
export interface MappedDbError {
  status: number;
  code: string;
  detail: string;
  /** Seconds for the `Retry-After` header of a 503. */
  retryAfter?: number;
}

/** The 503s of a database that cannot take the request now; the client should retry after `retryAfter` seconds. */
export const DB_PROBLEMS = {
  DATABASE_BUSY: { status: 503, code: 'DATABASE_BUSY', detail: 'Hệ thống đang bận, vui lòng thử lại.', retryAfter: 1 },
  DATABASE_UNAVAILABLE: {
    status: 503,
    code: 'DATABASE_UNAVAILABLE',
    detail: 'Cơ sở dữ liệu tạm thời không sẵn sàng, vui lòng thử lại sau.',
    retryAfter: 5,
  },
  DATABASE_TIMEOUT: {
    status: 503,
    code: 'DATABASE_TIMEOUT',
    detail: 'Cơ sở dữ liệu phản hồi quá chậm, vui lòng thử lại sau.',
    retryAfter: 5,
  },
  DATABASE_STORAGE_FULL: {
    status: 503,
    code: 'DATABASE_STORAGE_FULL',
    detail: 'Bộ nhớ lưu trữ của cơ sở dữ liệu đã đầy, dữ liệu chưa được ghi. Vui lòng thử lại sau.',
    retryAfter: 30,
  },
} as const satisfies Record<string, Required<MappedDbError>>;

/** `Retry-After` seconds for a 503 with this code (5 when the code is not a database one). */
export function retryAfterFor(code: string): number {
  return (DB_PROBLEMS as Record<string, { retryAfter: number } | undefined>)[code]?.retryAfter ?? 5;
}

/** Network errors of the PostgreSQL client (node system errors): the server is unreachable or the link broke. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);
/** PostgreSQL SQLSTATEs meaning the server cannot serve now: shutdown, starting up, too many connections, out of resources. */
const PG_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300', '53100', '53200', '25P03']);
/**
 * Messages of pg / pg-pool errors that carry no code: lost connection, connect time-out (the client's own is "timeout
 * expired", the pool's "timeout exceeded…"), query (read) time-out.
 */
const PG_UNAVAILABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|timeout expired$|Query read timeout|Client has encountered a connection error|Connection ended|Client was closed)/;

/** What kind of SQLite failure an error is: disk full, I/O trouble, another process holding the lock, or none of those. */
export function sqliteFailureKind(error: unknown): 'storage' | 'io' | 'busy' | null {
  const code = driverCodeOf(error);
  if (code === 'SQLITE_FULL') return 'storage';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (/^SQLITE_(IOERR|CANTOPEN|READONLY|NOMEM|PROTOCOL)/.test(code)) return 'io';
  return null;
}

/** The driver's error code (`SQLITE_FULL`, `57014`, `ECONNREFUSED`…), '' when there is none. */
export function driverCodeOf(error: unknown): string {
  if (!error || typeof error !== 'object') return '';
  const outer = error as DriverErrorLike & { driverError?: DriverErrorLike };
  const code = (outer.driverError ?? outer).code;
  return typeof code === 'string' ? code : '';
}

/** True when the error says the PostgreSQL server is unreachable, gone, or did not answer in time. */
function isPgUnavailable(error: DriverErrorLike & { errors?: unknown }): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  if (NETWORK_CODES.has(code) || PG_UNAVAILABLE.has(code) || code.startsWith('08')) return true;
  if (typeof error.message === 'string' && PG_UNAVAILABLE_MESSAGE.test(error.message)) return true;
  // net's happy-eyeballs connect reports an AggregateError of one error per address tried.
  return (
    Array.isArray(error.errors) &&
    error.errors.some((e) => e && typeof e === 'object' && isPgUnavailable(e as DriverErrorLike))
  );
}

interface DriverErrorLike {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
}

/**
 * Maps unique / foreign-key / not-null / check violations, lock time-outs and the database being unavailable (server
 * unreachable or silent, statement time-out, disk full, I/O error) of SQLite (better-sqlite3) and PostgreSQL (pg) to
 * problem-details statuses. Returns null for anything else. Never echoes values from the row.
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
      return {
        status: 400,
        code: 'REFERENCE_NOT_FOUND',
        detail: 'Dữ liệu tham chiếu tới một bản ghi không tồn tại hoặc đang được sử dụng.',
      };
    case '23502':
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return { status: 400, code: 'MISSING_VALUE', detail: 'Thiếu một giá trị bắt buộc.' };
    case '23514':
    case 'SQLITE_CONSTRAINT_CHECK':
      return { status: 400, code: 'CONSTRAINT_VIOLATED', detail: 'Dữ liệu không thỏa mãn ràng buộc.' };
    case '55P03':
    case '40P01':
      return { ...DB_PROBLEMS.DATABASE_BUSY };
    case '57014': // statement_timeout (or a cancelled query)
      return { ...DB_PROBLEMS.DATABASE_TIMEOUT };
    default:
      break;
  }
  switch (sqliteFailureKind(error)) {
    case 'busy':
      return { ...DB_PROBLEMS.DATABASE_BUSY };
    case 'storage':
      return { ...DB_PROBLEMS.DATABASE_STORAGE_FULL };
    case 'io':
      return { ...DB_PROBLEMS.DATABASE_UNAVAILABLE };
    default:
      break;
  }
  if (isPgUnavailable(driver) || (driver !== outer && isPgUnavailable(outer)))
    return { ...DB_PROBLEMS.DATABASE_UNAVAILABLE };
  return null;
}

/** True when the error is a uniqueness violation (services use it to turn a race into a domain error). */
export function isUniqueViolation(error: unknown): boolean {
  const mapped = mapDbError(error);
  return mapped?.code === 'ALREADY_EXISTS';
}
