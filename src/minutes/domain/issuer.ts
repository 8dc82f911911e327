/**
 * The header of a document (Decree 30/2020/NĐ-CP, Appendix I): who issues it, derived from the unit that held
 * the session and whether the leader sits for the government or the party committee; and the name of an agency
 * a case is assigned or transferred to.
 */
import { documentNumber } from '../../documents/domain/decree30-layout.js';
import type { SignatureBlock } from '../../documents/domain/document.model.js';
import { bareTitle, signerBlock } from '../../documents/domain/signer-block.js';
import type { Issuer, PersonView } from './views.js';
import { agencyName } from '../../org/domain/agency-name.js';

export { agencyName };

export interface UnitFacts {
  readonly name: string;
  readonly level: 'city' | 'commune' | 'department';
}

const KIND_PREFIX = /^(Thành phố|Tỉnh|Phường|Xã|Đặc khu)\s+/u;

const upper = (s: string): string => s.normalize('NFC').toLocaleUpperCase('vi');
const lowerFirst = (s: string): string => (s ? s[0].toLocaleLowerCase('vi') + s.slice(1) : s);

/** "Phường Hồng Bàng" → "Hồng Bàng"; "Thành phố Hải Phòng" → "Hải Phòng". */
export const placeName = (unitName: string): string => unitName.normalize('NFC').trim().replace(KIND_PREFIX, '');

/**
 * @param headTitle the head's title, needed for a department (its head is not a "Chủ tịch"); ignored otherwise.
 */
export function issuerFor(
  unit: UnitFacts,
  parent: UnitFacts | null,
  body: 'party' | 'government',
  headTitle?: string,
): Issuer {
  const placeUnit = unit.level === 'department' && parent ? parent : unit;
  const place = placeName(placeUnit.name);
  if (body === 'party') {
    if (unit.level === 'city') {
      return {
        kind: 'party',
        issuingBodyParent: `ĐẢNG BỘ ${upper(unit.name)}`,
        issuingBody: 'THÀNH ỦY',
        place,
        name: `Thành ủy ${place}`,
        abbreviation: 'TU',
        collective: 'Ban Thường vụ',
        headTitle: 'Bí thư',
      };
    }
    return {
      kind: 'party',
      issuingBodyParent: parent ? `ĐẢNG BỘ ${upper(parent.name)}` : undefined,
      issuingBody: `ĐẢNG ỦY ${upper(unit.name)}`,
      place,
      name: `Đảng ủy ${lowerFirst(unit.name)}`,
      abbreviation: 'ĐU',
      collective: 'Đảng ủy',
      headTitle: 'Bí thư',
    };
  }
  if (unit.level === 'department') {
    return {
      kind: 'state',
      issuingBodyParent: parent ? `UBND ${upper(parent.name)}` : undefined,
      issuingBody: upper(unit.name),
      place,
      name: unit.name,
      abbreviation: upper(unit.name)
        .split(/\s+/u)
        .map((w) => w[0])
        .join('')
        .slice(0, 6),
      collective: null,
      headTitle: headTitle ? bareTitle(headTitle) : 'Thủ trưởng',
    };
  }
  return {
    kind: 'state',
    issuingBody: `ỦY BAN NHÂN DÂN ${upper(unit.name)}`,
    place,
    name: agencyName(unit),
    abbreviation: 'UBND',
    collective: 'Ủy ban nhân dân',
    headTitle: 'Chủ tịch',
  };
}

/** The signature block of a person signing in the issuer's name (TM./KT./TUQ. per Decree 30 Art. 13). */
export function signatureFor(issuer: Issuer, person: PersonView): SignatureBlock {
  return signerBlock({
    kind: issuer.kind,
    collective: issuer.collective,
    headTitle: issuer.headTitle,
    signer: { fullName: person.fullName, title: person.title, position: person.position ?? 'head' },
  });
}

/**
 * The number line: a number recorded in full ("05/BB-UBND") is printed as it is; a bare sequence ("05") gets the
 * type and issuer codes; none leaves the blank a clerk fills in when the document is registered.
 */
export function numberFor(issuer: Issuer, code: string, recorded?: string | null): string {
  const n = recorded?.normalize('NFC').trim();
  if (n && /[/-]/u.test(n)) return n;
  return documentNumber(issuer.kind, code, issuer.abbreviation, n);
}
