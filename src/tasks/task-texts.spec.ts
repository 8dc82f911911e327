import { describe, expect, it } from '@jest/globals';
import { resultMailText } from './task-texts.js';

describe('the answer e-mailed to a petitioner', () => {
  it('greets the citizen, names the answering agency, writes the date dd/MM/yyyy and closes with the agency', () => {
    const lines = resultMailText({
      fullName: 'Lê Văn Cường',
      unit: { name: 'Phường Hồng Bàng', level: 'commune' },
      receivedOn: '2026-03-02',
      summary: 'Đã giải quyết.',
    }).split('\n');
    expect(lines[0]).toBe('Kính gửi công dân Lê Văn Cường,');
    expect(lines).toContain(
      'Ủy ban nhân dân phường Hồng Bàng thông báo kết quả giải quyết đơn của công dân tiếp nhận ngày 02/03/2026:',
    );
    expect(lines).toContain('Đã giải quyết.');
    expect(lines.slice(-3, -1)).toEqual(['Trân trọng.', 'Ủy ban nhân dân phường Hồng Bàng']);
  });

  it('names a department as it is', () => {
    const text = resultMailText({
      fullName: null,
      unit: { name: 'Phòng Kinh tế', level: 'department' },
      receivedOn: '2026-03-02',
      summary: 'x',
    });
    expect(text.startsWith('Kính gửi công dân,\n')).toBe(true);
    expect(text).toContain('\nPhòng Kinh tế thông báo kết quả');
  });
});
