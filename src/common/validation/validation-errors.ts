import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '../errors/domain-error.js';

export const VALIDATION_MESSAGES: Readonly<Record<string, string>> = {
  whitelistValidation: 'Trường này không được phép.',
  isString: 'Phải là chuỗi ký tự.',
  isInt: 'Phải là số nguyên.',
  isNumber: 'Phải là số.',
  isBoolean: 'Phải là giá trị đúng hoặc sai.',
  isEnum: 'Giá trị không nằm trong danh sách cho phép.',
  isIn: 'Giá trị không nằm trong danh sách cho phép.',
  isUuid: 'Phải là mã định danh (UUID) hợp lệ.',
  isNotEmpty: 'Không được để trống.',
  isDefined: 'Bắt buộc phải có.',
  maxLength: 'Quá dài.',
  minLength: 'Quá ngắn.',
  isArray: 'Phải là một danh sách.',
  arrayMaxSize: 'Danh sách có quá nhiều phần tử.',
  arrayMinSize: 'Danh sách có quá ít phần tử.',
  arrayNotEmpty: 'Danh sách không được rỗng.',
  isISO8601: 'Phải là thời điểm theo ISO 8601.',
  isDateString: 'Phải là ngày/giờ hợp lệ.',
  min: 'Giá trị quá nhỏ.',
  max: 'Giá trị quá lớn.',
  matches: 'Sai định dạng.',
  isEmail: 'Địa chỉ thư điện tử không hợp lệ.',
  isUrl: 'Địa chỉ URL không hợp lệ.',
  nestedValidation: 'Phải là một đối tượng hợp lệ.',
  isObject: 'Phải là một đối tượng.',
};

/** "Phải là một trong: a, b, c." — the allowed values of an enum field, as the API spells them. */
export function oneOfMessage(values: readonly unknown[]): string {
  return `Phải là một trong: ${values.map(String).join(', ')}.`;
}

/** class-validator's own message of @IsIn/@IsEnum ends with the allowed values. */
const ONE_OF = /must be one of the following values: (.*)$/;

/** A message for one failed constraint; our own decorators carry Vietnamese messages, built-ins get one from the table. */
export function messageFor(constraint: string, fallback: string): string {
  if (constraint === 'isIn' || constraint === 'isEnum') {
    const m = ONE_OF.exec(fallback);
    if (m) return oneOfMessage(m[1]!.split(', '));
  }
  return VALIDATION_MESSAGES[constraint] ?? fallback;
}

/** Flattens class-validator's tree into field paths such as `representatives[1].idNumber`. Never includes the value. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const isIndex = /^\d+$/.test(e.property);
    const path = parent === '' ? e.property : isIndex ? `${parent}[${e.property}]` : `${parent}.${e.property}`;
    if (e.constraints) {
      for (const [name, raw] of Object.entries(e.constraints)) {
        const custom = e.contexts?.[name]?.custom === true;
        out.push({ field: path, message: custom ? raw : messageFor(name, raw) });
      }
    }
    if (e.children && e.children.length > 0) out.push(...flattenValidationErrors(e.children, path));
  }
  return out;
}
