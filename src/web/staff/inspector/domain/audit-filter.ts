/**
 * The filters of the audit log page (`/can-bo/nhat-ky`) read from the query: action, record (type and id), user,
 * period (dd/mm/yyyy, inclusive days in Việt Nam). Pure; the page shows the problems beside the fields.
 */
import { DateTime } from '../../../../common/time/luxon.js';

export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  create: 'Tạo mới',
  update: 'Sửa',
  delete: 'Xóa',
  action: 'Thao tác',
  read_protected: 'Xem danh tính được bảo vệ',
  login_failed: 'Đăng nhập không thành công',
  password_change: 'Đổi mật khẩu',
  password_reset: 'Đặt lại mật khẩu',
};

export const AUDIT_ENTITIES: Readonly<Record<string, string>> = {
  petition: 'Đơn',
  task: 'Nhiệm vụ',
  session: 'Buổi tiếp',
  booking: 'Lượt đăng ký',
  minutes: 'Biên bản',
  reception_case: 'Vụ việc tiếp dân',
  dialogue: 'Đối thoại',
  schedule: 'Lịch định kỳ',
  user: 'Tài khoản',
  unit: 'Đơn vị',
  official: 'Cán bộ',
  venue: 'Địa điểm',
};

export interface AuditFilterForm {
  action: string;
  entityType: string;
  entityId: string;
  username: string;
  from: string;
  to: string;
}

export interface AuditFilterParsed {
  form: AuditFilterForm;
  /** Field id → message. */
  problems: Record<string, string>;
  /** The filter for the service (only when there are no problems). */
  filter: {
    action?: string;
    entityType?: string;
    entityId?: string;
    actorUsername?: string;
    from?: Date;
    to?: Date;
  };
}

const ZONE = 'Asia/Ho_Chi_Minh';
const text = (v: unknown, max: number): string =>
  typeof v === 'string' ? v.normalize('NFC').trim().slice(0, max) : '';

/** "dd/mm/yyyy" (or yyyy-mm-dd) → the local day, or null. */
export function dayOf(raw: string): DateTime | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  const d = m
    ? DateTime.fromObject({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }, { zone: ZONE })
    : DateTime.fromISO(raw, { zone: ZONE });
  return d.isValid && d.year >= 2000 && d.year <= 2100 ? d.startOf('day') : null;
}

export function auditFilter(q: Record<string, unknown>): AuditFilterParsed {
  const form: AuditFilterForm = {
    action: text(q['hanh-dong'], 32),
    entityType: text(q.loai, 48),
    entityId: text(q.ma, 64),
    username: text(q.nguoi, 64),
    from: text(q.tu, 20),
    to: text(q.den, 20),
  };
  const problems: Record<string, string> = {};
  const filter: AuditFilterParsed['filter'] = {};
  if (form.action) {
    if (form.action in AUDIT_ACTIONS) filter.action = form.action;
    else problems['hanh-dong'] = 'Chọn một thao tác trong danh sách.';
  }
  if (form.entityType) {
    if (/^[a-z_]{1,48}$/.test(form.entityType)) filter.entityType = form.entityType;
    else problems.loai = 'Loại bản ghi không hợp lệ.';
  }
  if (form.entityId) filter.entityId = form.entityId;
  if (form.username) filter.actorUsername = form.username;
  const from = form.from ? dayOf(form.from) : null;
  const to = form.to ? dayOf(form.to) : null;
  if (form.from && !from) problems.tu = 'Ngày không hợp lệ: hãy viết theo dạng ngày/tháng/năm, ví dụ 01/03/2026.';
  if (form.to && !to) problems.den = 'Ngày không hợp lệ: hãy viết theo dạng ngày/tháng/năm, ví dụ 31/03/2026.';
  if (from && to && to < from) problems.den = 'Ngày kết thúc phải sau ngày bắt đầu.';
  if (from) filter.from = from.toJSDate();
  if (to) filter.to = to.plus({ days: 1 }).toJSDate();
  return { form, problems, filter };
}

/** The filters as query parameters (pagination links keep them). */
export function auditQuery(f: AuditFilterForm): Record<string, string> {
  const all: Record<string, string> = {
    'hanh-dong': f.action,
    loai: f.entityType,
    ma: f.entityId,
    nguoi: f.username,
    tu: f.from,
    den: f.to,
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== ''));
}
