/**
 * The header of a document (Decree 30/2020/NĐ-CP, Appendix I): who issues it, derived from the unit that held
 * the session and whether the leader sits for the government or the party committee.
 */
import type { Issuer } from './views.js';

export interface UnitFacts {
  readonly name: string;
  readonly level: 'city' | 'commune' | 'department';
}

const KIND_PREFIX = /^(Thành phố|Tỉnh|Phường|Xã|Đặc khu)\s+/u;

const upper = (s: string): string => s.normalize('NFC').toLocaleUpperCase('vi');
const lowerFirst = (s: string): string => (s ? s[0].toLocaleLowerCase('vi') + s.slice(1) : s);

/** "Phường Hồng Bàng" → "Hồng Bàng"; "Thành phố Hải Phòng" → "Hải Phòng". */
export const placeName = (unitName: string): string => unitName.normalize('NFC').trim().replace(KIND_PREFIX, '');

export function issuerFor(unit: UnitFacts, parent: UnitFacts | null, body: 'party' | 'government'): Issuer {
  const placeUnit = unit.level === 'department' && parent ? parent : unit;
  const place = placeName(placeUnit.name);
  if (body === 'party') {
    if (unit.level === 'city') {
      return { kind: 'party', issuingBodyParent: `ĐẢNG BỘ ${upper(unit.name)}`, issuingBody: 'THÀNH ỦY', place, name: `Thành ủy ${place}`, abbreviation: 'TU' };
    }
    return {
      kind: 'party',
      issuingBodyParent: parent ? `ĐẢNG BỘ ${upper(parent.name)}` : undefined,
      issuingBody: `ĐẢNG ỦY ${upper(unit.name)}`,
      place,
      name: `Đảng ủy ${lowerFirst(unit.name)}`,
      abbreviation: 'ĐU',
    };
  }
  if (unit.level === 'department') {
    return {
      kind: 'state',
      issuingBodyParent: parent ? `UBND ${upper(parent.name)}` : undefined,
      issuingBody: upper(unit.name),
      place,
      name: unit.name,
      abbreviation: upper(unit.name).split(/\s+/u).map((w) => w[0]).join('').slice(0, 6),
    };
  }
  return { kind: 'state', issuingBody: `ỦY BAN NHÂN DÂN ${upper(unit.name)}`, place, name: `Ủy ban nhân dân ${lowerFirst(unit.name)}`, abbreviation: 'UBND' };
}
