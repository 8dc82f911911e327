/** Vietnamese words of the administration's codes (levels, positions, bodies, outbox statuses and channels). */
export const LEVEL_LABELS: Record<string, string> = {
  city: 'Cấp thành phố',
  commune: 'Cấp xã, phường',
  department: 'Sở, ban, ngành',
};

export const POSITION_LABELS: Record<string, string> = {
  head: 'Người đứng đầu',
  deputy: 'Cấp phó',
  member: 'Thành viên',
};

export const BODY_LABELS: Record<string, string> = {
  party: 'Khối Đảng',
  government: 'Khối chính quyền',
};

export const OUTBOX_STATUS_LABELS: Record<string, string> = {
  pending: 'Đang chờ gửi',
  sending: 'Đang gửi',
  sent: 'Đã gửi',
  failed: 'Gửi lỗi',
};

export const CHANNEL_LABELS: Record<string, string> = {
  email: 'Thư điện tử',
  sms: 'Tin nhắn SMS',
};

export const optionsOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
