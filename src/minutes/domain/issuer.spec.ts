import { describe, expect, it } from '@jest/globals';
import { issuerFor, placeName } from './issuer.js';
import { defaultChair, mayChair, chairedInPerson } from './chair.js';

const city = { name: 'Thành phố Hải Phòng', level: 'city' as const };
const ward = { name: 'Phường Hồng Bàng', level: 'commune' as const };

describe('issuer and chair', () => {
  it('names the issuing body as in Decree 30 headers', () => {
    expect(issuerFor(ward, city, 'government')).toMatchObject({
      kind: 'state',
      issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG',
      place: 'Hồng Bàng',
      name: 'Ủy ban nhân dân phường Hồng Bàng',
    });
    expect(issuerFor(city, null, 'government')).toMatchObject({
      issuingBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG',
      place: 'Hải Phòng',
    });
    expect(issuerFor(ward, city, 'party')).toMatchObject({
      kind: 'party',
      issuingBodyParent: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG',
      issuingBody: 'ĐẢNG ỦY PHƯỜNG HỒNG BÀNG',
    });
    expect(issuerFor({ name: 'Thanh tra thành phố', level: 'department' }, city, 'government')).toMatchObject({
      issuingBodyParent: 'UBND THÀNH PHỐ HẢI PHÒNG',
      issuingBody: 'THANH TRA THÀNH PHỐ',
      place: 'Hải Phòng',
    });
    expect(placeName('Đặc khu Bạch Long Vĩ')).toBe('Bạch Long Vĩ');
  });

  it('lets the leader, the delegate or a deputy of the unit chair, and records who', () => {
    const s = { officialId: 'head', delegateOfficialId: null, unitId: 'u1' };
    const o = (id: string, position: 'head' | 'deputy' | 'member', unitId = 'u1', active = true) => ({
      id,
      position,
      unitId,
      active,
    });
    expect(mayChair(s, o('head', 'head'))).toBe(true);
    expect(mayChair(s, o('dep', 'deputy'))).toBe(true);
    expect(mayChair(s, o('dep', 'deputy', 'u2'))).toBe(false);
    expect(mayChair(s, o('dep', 'deputy', 'u1', false))).toBe(false);
    expect(mayChair(s, o('m', 'member'))).toBe(false);
    expect(mayChair({ ...s, delegateOfficialId: 'm' }, o('m', 'member'))).toBe(true);
    expect(mayChair(s, null)).toBe(false);
    expect(defaultChair({ ...s, delegateOfficialId: 'm' })).toBe('m');
    expect(chairedInPerson(s, 'head')).toBe(true);
    expect(chairedInPerson(s, 'dep')).toBe(false);
  });
});
