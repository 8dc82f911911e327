/**
 * The frame of every e-mail to a citizen (bookings, waiting list, reminders, answers): "Kính gửi ông/bà …" with the
 * form of address the citizen gave ("Kính gửi công dân …" without it, since a name alone does not tell), and a
 * closing naming the sending agency and how to reach it. Terms: docs/glossary.md.
 */
export type LetterSalutation = 'ong' | 'ba';

const ADDRESS: Record<LetterSalutation, string> = { ong: 'ông', ba: 'bà' };

/** "Kính gửi ông Nguyễn Văn An," / "Kính gửi bà …," / "Kính gửi công dân …,"; "Kính gửi công dân," without a name. */
export function salutationLine(name: string | null | undefined, salutation?: LetterSalutation | null): string {
  const who = salutation ? ADDRESS[salutation] : 'công dân';
  const n = name?.trim();
  return n ? `Kính gửi ${who} ${n},` : `Kính gửi ${who},`;
}

/** How the letter calls the citizen inside sentences: "ông", "bà" or "ông/bà". */
export function youOf(salutation?: LetterSalutation | null): string {
  return salutation ? ADDRESS[salutation] : 'ông/bà';
}

/** The closing: courtesy, the sending agency, and its contact lines (venue address, telephone …) when known. */
export function letterClosing(agency: string, contact: readonly (string | null | undefined)[] = []): string[] {
  return ['', 'Trân trọng.', agency, ...contact.filter((c): c is string => !!c && c.trim() !== '')];
}
