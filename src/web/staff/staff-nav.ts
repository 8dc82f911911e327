import type { Role } from '../../common/roles.js';
import { hasAnyRole } from '../../common/roles.js';
import { STAFF_PREFIX } from './staff-paths.js';

/**
 * The staff workspace's navigation: each entry names the roles that may open it (admin opens everything), so a person
 * sees only what their role can do. A slice that adds a section adds its entry here (one line).
 */
export interface StaffNavItem {
  href: string;
  label: string;
  roles: readonly Role[];
}

export const STAFF_NAV: readonly StaffNavItem[] = [
  {
    href: STAFF_PREFIX,
    label: 'Trang chủ',
    roles: ['office', 'leader', 'secretary', 'handler', 'inspector', 'viewer'],
  },
  { href: `${STAFF_PREFIX}/lich`, label: 'Lịch tiếp công dân', roles: ['office', 'leader', 'secretary', 'viewer'] },
  { href: `${STAFF_PREFIX}/lich-dinh-ky`, label: 'Lịch định kỳ', roles: ['office'] },
  { href: `${STAFF_PREFIX}/tuan-thu`, label: 'Tuân thủ lịch tiếp', roles: ['office', 'leader', 'viewer'] },
  { href: `${STAFF_PREFIX}/ban-tiep`, label: 'Bàn tiếp dân', roles: ['secretary', 'office'] },
  { href: `${STAFF_PREFIX}/cong-viec`, label: 'Công việc', roles: ['office', 'leader', 'handler', 'viewer'] },
  { href: `${STAFF_PREFIX}/to-cao`, label: 'Đơn tố cáo', roles: ['inspector'] },
  { href: `${STAFF_PREFIX}/nhat-ky`, label: 'Nhật ký hệ thống', roles: ['inspector', 'admin'] },
  { href: `${STAFF_PREFIX}/doi-thoai`, label: 'Đối thoại', roles: ['office', 'leader', 'secretary', 'viewer'] },
  { href: `${STAFF_PREFIX}/bao-cao`, label: 'Báo cáo', roles: ['office', 'leader', 'inspector', 'secretary'] },
  { href: `${STAFF_PREFIX}/quan-tri`, label: 'Quản trị', roles: ['admin'] },
];

/** The entries a user with these roles may open, in order. */
export function navFor(roles: readonly string[]): StaffNavItem[] {
  return STAFF_NAV.filter((item) => hasAnyRole(roles, item.roles));
}

/** The entry a path belongs to (the longest prefix), to mark it as current. */
export function currentNav(path: string, items: readonly StaffNavItem[]): string | undefined {
  let best: StaffNavItem | undefined;
  for (const item of items) {
    const under = path === item.href || path.startsWith(`${item.href}/`) || path.startsWith(`${item.href}?`);
    if (under && (!best || item.href.length > best.href.length)) best = item;
  }
  return best?.href;
}

/** Vietnamese names of the roles, as the header shows them. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị viên',
  office: 'Văn phòng',
  leader: 'Lãnh đạo',
  secretary: 'Thư ký tiếp dân',
  handler: 'Cán bộ xử lý',
  inspector: 'Thanh tra',
  viewer: 'Người xem',
};
