/**
 * The links of the website's main navigation, in order. A slice that adds a citizen page adds its entry here (one
 * line); the layout marks the current one with aria-current.
 */
export interface NavItem {
  href: string;
  label: string;
}

export const CITIZEN_NAV: NavItem[] = [
  { href: '/', label: 'Lịch tiếp công dân' },
  { href: '/quan-ly', label: 'Lịch hẹn đã đặt' },
];
