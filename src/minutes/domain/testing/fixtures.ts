/** Invented people and places for the minutes specs. */
import type { CaseView, MinutesView } from '../views.js';
import { issuerFor } from '../issuer.js';

export const ISSUER = issuerFor(
  { name: 'Phường Hồng Bàng', level: 'commune' },
  { name: 'Thành phố Hải Phòng', level: 'city' },
  'government',
);

const base: Omit<CaseView, 'id' | 'no' | 'fullName' | 'handlingRoute' | 'summary' | 'conclusion'> = {
  receivedOn: '2026-03-05',
  salutation: null,
  address: 'tổ dân phố số 3, phường Hồng Bàng',
  idNumber: '001203004567',
  groupSize: 1,
  representatives: [],
  request: null,
  petitionType: 'complaint',
  previouslyHandledBy: null,
  refusalGround: null,
  refusalReason: null,
  assigneeUnitName: null,
  dueDate: null,
  followUp: null,
  note: null,
  identityProtected: false,
};

export const CASES: CaseView[] = [
  {
    ...base,
    id: 'c1',
    no: 1,
    fullName: 'Trần Thị Mai',
    salutation: 'ba',
    handlingRoute: 'accept',
    summary: 'Khiếu nại việc bồi thường khi thu hồi đất.',
    conclusion: 'Giao Thanh tra phường xác minh, trả lời bằng văn bản.',
    assigneeUnitName: 'Thanh tra phường Hồng Bàng',
    dueDate: '2026-03-20',
  },
  {
    ...base,
    id: 'c2',
    no: 2,
    fullName: 'Lê Văn Bình',
    salutation: 'ong',
    handlingRoute: 'transfer',
    petitionType: 'recommendation',
    summary: 'Kiến nghị sửa tuyến đường liên tổ.',
    conclusion: 'Chuyển Sở Xây dựng xem xét theo thẩm quyền.',
    assigneeUnitName: 'Sở Xây dựng',
    dueDate: '2026-04-06',
    groupSize: 6,
    representatives: ['Đỗ Quang Hưởng'],
  },
  {
    ...base,
    id: 'c3',
    no: 3,
    fullName: 'Phạm Thu Hà',
    handlingRoute: 'guide',
    petitionType: 'feedback',
    summary: 'Phản ánh tiếng ồn từ xưởng gỗ.',
    conclusion: 'Hướng dẫn công dân gửi đơn đến Ủy ban nhân dân phường.',
  },
  {
    ...base,
    id: 'c4',
    no: 4,
    fullName: 'Vũ Văn Khải',
    handlingRoute: 'refuse',
    refusalGround: 3,
    refusalReason: 'Vụ việc đã được giải quyết dứt điểm tại Quyết định số 12/QĐ-UBND.',
    summary: 'Tiếp tục khiếu nại việc cấp đất năm 2019.',
    conclusion: 'Từ chối tiếp.',
    previouslyHandledBy: 'Ủy ban nhân dân thành phố',
  },
];

export const MINUTES: MinutesView = {
  issuer: ISSUER,
  number: null,
  sessionDate: '2026-03-05',
  startTime: '08:00',
  endTime: '11:30',
  adHoc: false,
  venueName: 'Phòng Tiếp công dân phường Hồng Bàng',
  venueAddress: 'Số 10 đường Thử Nghiệm',
  chair: { fullName: 'Nguyễn Văn An', title: 'Chủ tịch Ủy ban nhân dân phường Hồng Bàng' },
  chairInPerson: true,
  officials: [{ fullName: 'Vũ Thị Dung', title: 'Công chức Văn phòng' }],
  secretary: { fullName: 'Hoàng Thu Trang', title: 'Thư ký' },
  cases: CASES,
  amendments: [],
  finalized: true,
  contentHash: 'x',
};
