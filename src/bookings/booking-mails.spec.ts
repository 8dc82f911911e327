import { describe, expect, it } from '@jest/globals';
import { bookingMail } from './booking-mails.js';
import type { BookingEntity } from './booking.entity.js';
import type { SessionContext } from './booking-sessions.js';

const startsAt = new Date('2026-03-16T01:00:00Z');
const booking = (salutation: 'ong' | 'ba' | null) =>
  ({
    id: 'b',
    code: 'TD-7K3M9Q',
    fullName: 'Nguyễn Thị Hồng Nhung',
    salutation,
    slotIndex: 0,
    groupSize: 1,
    seats: 1,
    status: 'confirmed',
    petitionType: 'complaint',
    createdAt: startsAt,
    updatedAt: startsAt,
  }) as unknown as BookingEntity;
const ctx = {
  session: {
    id: 's',
    startsAt,
    endsAt: new Date('2026-03-16T04:00:00Z'),
    timeZone: 'Asia/Ho_Chi_Minh',
    slotMinutes: 30,
    adHoc: false,
    status: 'published',
    sequence: 1,
  },
  official: { id: 'o', fullName: 'Trần Văn Bình', title: 'Chủ tịch Ủy ban nhân dân phường' },
  delegate: null,
  venue: { name: 'Phòng tiếp công dân', address: 'số 1 Hoàng Diệu, phường Hồng Bàng' },
  unit: { name: 'Phường Hồng Bàng', level: 'commune' },
} as unknown as SessionContext;

describe('booking e-mails', () => {
  it('greet the citizen with the form of address given and call them so throughout', () => {
    const lines = bookingMail('waitlisted', booking('ba'), ctx, 'a@example.vn', startsAt).text.split('\n');
    expect(lines[0]).toBe('Kính gửi bà Nguyễn Thị Hồng Nhung,');
    expect(lines).toContain(
      'Khung giờ bà chọn đã hết chỗ; bà đã được ghi vào danh sách chờ. Khi có người hủy, chúng tôi sẽ báo ngay bằng thư điện tử.',
    );
    expect(lines.join('\n')).not.toContain('ông/bà');
  });

  it('greet "công dân" when no form of address was given', () => {
    const lines = bookingMail('confirmed', booking(null), ctx, 'a@example.vn', startsAt).text.split('\n');
    expect(lines[0]).toBe('Kính gửi công dân Nguyễn Thị Hồng Nhung,');
    expect(lines).toContain('Đăng ký tiếp công dân của ông/bà đã được xác nhận.');
  });

  it('close with the sending agency and where to find it', () => {
    const lines = bookingMail('reminder', booking('ong'), ctx, 'a@example.vn', startsAt).text.split('\n');
    expect(lines.slice(-3)).toEqual([
      'Trân trọng.',
      'Ủy ban nhân dân phường Hồng Bàng',
      'Nơi tiếp công dân: Phòng tiếp công dân, số 1 Hoàng Diệu, phường Hồng Bàng',
    ]);
  });
});
