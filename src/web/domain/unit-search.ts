import { foldText } from '../../common/text/match-fold.js';

export interface ListedUnit {
  id: string;
  name: string;
  level: 'city' | 'commune' | 'department';
  validFrom: string | null;
  validTo: string | null;
}

/** Words of a text in matching form: no diacritics (đ → d), lower case, split on anything not a letter or digit. */
export function searchWords(text: string): string[] {
  return foldText(text.normalize('NFC'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Units in force on `today` (a merged, dissolved or future unit is not listed). */
export const inForce = (u: ListedUnit, today: string): boolean =>
  (!u.validFrom || u.validFrom <= today) && (!u.validTo || u.validTo >= today);

const LEVEL_ORDER = { city: 0, commune: 1, department: 2 } as const;

/**
 * The units a citizen may pick, city first, then the wards and communes, then the departments, each by name in
 * Vietnamese order; with a query, only the units whose name holds every word of it, with or without diacritics
 * ("hong bang" finds "Phường Hồng Bàng", "Hồng Bàng" too; "phuong hong" finds it as well).
 */
export function listUnits<T extends ListedUnit>(units: readonly T[], today: string, query?: string | null): T[] {
  const words = query ? searchWords(query) : [];
  const collator = new Intl.Collator('vi');
  return units
    .filter((u) => inForce(u, today))
    .filter((u) => {
      if (words.length === 0) return true;
      const name = searchWords(u.name);
      return words.every((w) => name.some((n) => n.startsWith(w)));
    })
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || collator.compare(a.name, b.name));
}
