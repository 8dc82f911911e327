import { describe, expect, it } from '@jest/globals';
import { letterClosing, salutationLine, youOf } from './citizen-letter.js';

describe('citizen letter', () => {
  it('greets with the form of address the citizen gave, or as a citizen without it', () => {
    expect(salutationLine('Nguyễn Văn An', 'ong')).toBe('Kính gửi ông Nguyễn Văn An,');
    expect(salutationLine('Lê Thị Hoa', 'ba')).toBe('Kính gửi bà Lê Thị Hoa,');
    expect(salutationLine('Lê Thị Hoa', null)).toBe('Kính gửi công dân Lê Thị Hoa,');
    expect(salutationLine('  ', undefined)).toBe('Kính gửi công dân,');
    expect([youOf('ong'), youOf('ba'), youOf(null)]).toEqual(['ông', 'bà', 'ông/bà']);
  });

  it('closes with courtesy, the agency and its contact lines that are known', () => {
    expect(
      letterClosing('Ủy ban nhân dân phường Hồng Bàng', ['Nơi tiếp công dân: số 1 Hoàng Diệu', null, ' ']),
    ).toEqual(['', 'Trân trọng.', 'Ủy ban nhân dân phường Hồng Bàng', 'Nơi tiếp công dân: số 1 Hoàng Diệu']);
  });
});
