import { STAFF_PREFIX } from '../staff-paths.js';
import type { Crumb } from '../staff-layout.js';

/** The administration pages (admin only), under one prefix. */
export const ADMIN_PATH = `${STAFF_PREFIX}/quan-tri`;
export const USERS_PATH = `${ADMIN_PATH}/tai-khoan`;
export const UNITS_PATH = `${ADMIN_PATH}/don-vi`;
export const OFFICIALS_PATH = `${ADMIN_PATH}/can-bo`;
export const VENUES_PATH = `${ADMIN_PATH}/dia-diem`;
export const HOLIDAYS_PATH = `${ADMIN_PATH}/ngay-nghi`;
export const PRESETS_PATH = `${ADMIN_PATH}/quy-dinh`;
export const OUTBOX_PATH = `${ADMIN_PATH}/hop-thu-di`;

/** Breadcrumbs of an administration page: "Quản trị" first, then the trail given. */
export const adminCrumbs = (...rest: Crumb[]): Crumb[] => [{ href: ADMIN_PATH, label: 'Quản trị' }, ...rest];

/** The sections of the administration, as the index page lists them. */
export const ADMIN_SECTIONS = [
  { href: USERS_PATH, label: 'Tài khoản', purpose: 'Tạo tài khoản, đổi vai trò và đơn vị, đặt lại mật khẩu, khóa.' },
  { href: UNITS_PATH, label: 'Đơn vị', purpose: 'Các đơn vị hành chính và cơ quan, cấp và đơn vị cấp trên.' },
  { href: OFFICIALS_PATH, label: 'Cán bộ lãnh đạo', purpose: 'Người đứng đầu, cấp phó và thành viên tiếp công dân.' },
  { href: VENUES_PATH, label: 'Địa điểm tiếp', purpose: 'Trụ sở, phòng tiếp công dân và địa chỉ.' },
  { href: HOLIDAYS_PATH, label: 'Ngày nghỉ chính thức', purpose: 'Danh sách ngày nghỉ lễ, nghỉ bù của từng năm.' },
  { href: PRESETS_PATH, label: 'Bộ quy tắc', purpose: 'Các quy định về thời hạn, tần suất tiếp và phiên bản.' },
  { href: OUTBOX_PATH, label: 'Hộp thư đi', purpose: 'Thư điện tử và tin nhắn SMS đang chờ, đã gửi, gửi lỗi.' },
] as const;
