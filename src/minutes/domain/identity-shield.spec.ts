import { describe, expect, it } from '@jest/globals';
import { SECRECY_LABEL, shieldIdentity } from './identity-shield.js';

const person = {
  fullName: 'Ngô Văn Tố',
  address: 'tổ 5, phường Hồng Bàng',
  idNumber: '001203004567',
  representatives: [{ fullName: 'Lý Thị Cáo', idNumber: '001203004568' }],
};
const inspector = { roles: ['inspector'], unitId: 'u1' };

describe('identity shield', () => {
  it("seals a denouncer's identity for everyone but the inspector of the unit", () => {
    for (const viewer of [
      { roles: ['secretary'], unitId: 'u1' },
      { roles: ['inspector'], unitId: 'parent' },
      { roles: ['admin'], unitId: null },
      { roles: ['viewer'], unitId: 'u1' },
    ]) {
      const s = shieldIdentity(person, { petitionType: 'denunciation', unitId: 'u1' }, viewer);
      expect(s).toMatchObject({
        fullName: SECRECY_LABEL,
        address: '',
        idNumber: null,
        representatives: [],
        identityProtected: true,
        revealedSealed: false,
      });
      expect(s.scrub('Ông Ngô Văn Tố (CCCD 001203004567) cùng bà Lý Thị Cáo tố cáo cán bộ')).not.toMatch(
        /Ngô Văn Tố|001203004567|Lý Thị Cáo/u,
      );
    }
    const s = shieldIdentity(person, { petitionType: 'denunciation', unitId: 'u1' }, inspector);
    expect(s).toMatchObject({
      fullName: 'Ngô Văn Tố',
      idNumber: '001203004567',
      identityProtected: true,
      revealedSealed: true,
    });
  });

  it('masks ID numbers for roles that do not need them', () => {
    const facts = { petitionType: 'complaint' as const, unitId: 'u1' };
    expect(shieldIdentity(person, facts, { roles: ['secretary'], unitId: 'u1' }).idNumber).toBe('001203004567');
    expect(shieldIdentity(person, facts, { roles: ['viewer'], unitId: 'u1' }).idNumber).toBe('001******567');
    expect(shieldIdentity(person, facts, { roles: ['handler'], unitId: 'u1' }).idNumber).toBe('001******567');
    expect(shieldIdentity(person, facts, { roles: ['leader'], unitId: 'u1' })).toMatchObject({
      fullName: 'Ngô Văn Tố',
      representatives: ['Lý Thị Cáo'],
      revealedSealed: false,
    });
  });
});
