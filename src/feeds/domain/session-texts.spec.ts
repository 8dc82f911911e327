import { describe, it, expect } from '@jest/globals';
import { sessionDescription, sessionSummary } from './session-texts.js';

describe('sessionSummary', () => {
  it('periodic session of a head official', () => {
    expect(
      sessionSummary({ officialName: 'Nguyễn Văn A', officialTitle: 'Chủ tịch UBND phường Hồng Bàng', adHoc: false }),
    ).toBe('Tiếp công dân định kỳ: Chủ tịch UBND phường Hồng Bàng Nguyễn Văn A');
  });

  it('ad-hoc session', () => {
    expect(
      sessionSummary({ officialName: 'Trần Thị B', officialTitle: 'Bí thư Đảng ủy xã Tiên Lãng', adHoc: true }),
    ).toBe('Tiếp công dân đột xuất: Bí thư Đảng ủy xã Tiên Lãng Trần Thị B');
  });

  it('delegated to a deputy: shows who receives and in whose place', () => {
    expect(
      sessionSummary({
        officialName: 'Nguyễn Văn A',
        officialTitle: 'Chủ tịch UBND phường Hồng Bàng',
        adHoc: false,
        delegate: { name: 'Lê Văn C', title: 'Phó Chủ tịch UBND phường Hồng Bàng' },
      }),
    ).toBe(
      'Tiếp công dân định kỳ: Phó Chủ tịch UBND phường Hồng Bàng Lê Văn C (chủ trì thay Chủ tịch UBND phường Hồng Bàng Nguyễn Văn A)',
    );
  });

  it('cancelled sessions say so for clients that ignore STATUS', () => {
    expect(
      sessionSummary({
        officialName: 'Nguyễn Văn A',
        officialTitle: 'Chủ tịch UBND xã An Lão',
        adHoc: false,
        cancelled: true,
      }),
    ).toBe('[Đã hủy] Tiếp công dân định kỳ: Chủ tịch UBND xã An Lão Nguyễn Văn A');
  });

  it('normalises spacing and decomposed (NFD) input', () => {
    const s = sessionSummary({
      officialName: '  Nguyễn   Văn A '.normalize('NFD'),
      officialTitle: 'Chủ tịch\nUBND phường Lê Chân',
      adHoc: false,
    });
    expect(s).toBe('Tiếp công dân định kỳ: Chủ tịch UBND phường Lê Chân Nguyễn Văn A');
    expect(s).toBe(s.normalize('NFC'));
  });
});

describe('sessionDescription', () => {
  it('lists what to bring and how to book', () => {
    expect(
      sessionDescription({
        venueName: 'Trụ sở tiếp công dân phường Hồng Bàng',
        venueAddress: 'Số 1 Hoàng Văn Thụ',
        bookingUrl: 'https://tiepdan.example/dat-lich/1',
      }),
    ).toBe(
      [
        'Địa điểm: Trụ sở tiếp công dân phường Hồng Bàng, Số 1 Hoàng Văn Thụ.',
        'Khi đến, công dân mang theo:',
        '- Thẻ căn cước, căn cước công dân (CCCD) hoặc hộ chiếu;',
        '- Đơn (nếu có) và giấy tờ, tài liệu liên quan đến nội dung khiếu nại, tố cáo, kiến nghị, phản ánh;',
        '- Giấy ủy quyền nếu đến thay người khác, hoặc văn bản cử người đại diện nếu đại diện cho nhiều người.',
        'Nhiều người cùng một nội dung thì cử người đại diện để trình bày.',
        'Đăng ký trước để được bố trí thời gian tiếp: https://tiepdan.example/dat-lich/1',
      ].join('\n'),
    );
  });

  it('leaves out the place and the booking line when unknown', () => {
    const d = sessionDescription({});
    expect(d.startsWith('Khi đến, công dân mang theo:')).toBe(true);
    expect(d).not.toContain('Đăng ký');
    expect(d).not.toContain('Địa điểm');
  });

  it('only the address', () => {
    expect(sessionDescription({ venueAddress: 'Số 5 Lạch Tray, phường Lê Chân' }).split('\n')[0]).toBe(
      'Địa điểm: Số 5 Lạch Tray, phường Lê Chân.',
    );
  });
});
