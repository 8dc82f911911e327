/** The staff workspace lives under one prefix, apart from the citizens' pages. */
export const STAFF_PREFIX = '/can-bo';
export const STAFF_COOKIE = 'tiepdan_staff';
export const SIGN_IN_PATH = `${STAFF_PREFIX}/dang-nhap`;
export const SIGN_OUT_PATH = `${STAFF_PREFIX}/dang-xuat`;
export const CHANGE_PASSWORD_PATH = `${STAFF_PREFIX}/doi-mat-khau`;
/** The petition search of the header's search box (by lookup code or citizen name, scoped to the user's units). */
export const SEARCH_PATH = `${STAFF_PREFIX}/tim-ho-so`;

/** Why the sign-in page is shown again: its message. */
export const SIGN_IN_REASONS = {
  'het-han': 'Phiên làm việc đã kết thúc do lâu không thao tác hoặc đã quá thời hạn. Vui lòng đăng nhập lại.',
  'da-dang-xuat': 'Bạn đã đăng xuất.',
  'can-dang-nhap': 'Vui lòng đăng nhập để tiếp tục.',
} as const;
export type SignInReason = keyof typeof SIGN_IN_REASONS;
