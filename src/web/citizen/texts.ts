/** What a citizen brings to a reception (Law on Citizen Reception 2013, Art. 7; Decree 124/2020/NĐ-CP). */
export const WHAT_TO_BRING = [
  'Căn cước công dân (hoặc hộ chiếu) còn hiệu lực.',
  'Đơn và các giấy tờ, tài liệu liên quan đến vụ việc (nếu có).',
  'Giấy ủy quyền, nếu bạn đến thay cho người khác hoặc là người đại diện của đoàn.',
];

export const PETITION_TYPE_LABELS: Record<string, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  recommendation: 'Kiến nghị',
  feedback: 'Phản ánh',
};

export const SALUTATION_LABELS: Record<string, string> = { ong: 'Ông', ba: 'Bà' };

export const bookingPath = (sessionId: string) => `/dat-lich/${sessionId}`;
export const unitPath = (unitId: string) => `/don-vi/${unitId}`;
