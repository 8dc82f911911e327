/** A unit as far as its agency's name needs it. */
export interface AgencyUnit {
  readonly name: string;
  readonly level: 'city' | 'commune' | 'department';
}

const lowerFirst = (s: string): string => (s ? s[0]!.toLocaleLowerCase('vi') + s.slice(1) : s);

/**
 * The agency that acts for a unit, as written in a sentence: an administrative area (city, ward, commune, special
 * zone) acts through its People's Committee ("Phường Hồng Bàng" → "Ủy ban nhân dân phường Hồng Bàng"); a department
 * or board is named as it is ("Sở Xây dựng", "Thanh tra phường Hồng Bàng"). Used by documents and e-mails alike.
 */
export function agencyName(unit: AgencyUnit): string {
  const name = unit.name.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (unit.level === 'department') return name;
  if (/^(Ủy ban nhân dân|UBND)\s/iu.test(name)) return name.replace(/^UBND\s/iu, 'Ủy ban nhân dân ');
  return `Ủy ban nhân dân ${lowerFirst(name)}`;
}
