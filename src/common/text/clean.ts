/**
 * Cleaning of text at the edge of the API, before anything is validated or stored:
 *
 * - every text is put in Unicode NFC (some Vietnamese keyboards send decomposed diacritics, NFD, which would
 *   otherwise be stored, compared and indexed as another string);
 * - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F,
 *   U+061C) and zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are removed: they let a name look like another
 *   one, or hide part of a text, on screen and in printed documents;
 * - control characters (C0, DEL, C1) are removed; a free text keeps its tabs and line breaks (\t, \n, \r), a name,
 *   title or venue name keeps none.
 *
 * The invisible characters are removed before composing, so that "e" + U+200B + U+0301 becomes "é".
 */

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the purpose of this pattern
const ALL_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the purpose of this pattern
const CONTROLS_BUT_LAYOUT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const stripInvisible = (text: string): string => text.replace(BIDI_CONTROLS, '').replace(ZERO_WIDTH, '');

/** A one-line text (person's name, title, venue or unit name): NFC, no invisible or control characters. */
export function cleanName(text: string): string {
  return stripInvisible(text).replace(ALL_CONTROLS, '').normalize('NFC');
}

/** A free text (content, topic, note): NFC, no invisible characters, no controls but tabs and line breaks. */
export function cleanFreeText(text: string): string {
  return stripInvisible(text).replace(CONTROLS_BUT_LAYOUT, '').normalize('NFC');
}

/** Applies `clean` to a value when it is a string; anything else is left for validation to refuse. */
export function cleanIfString<T>(value: T, clean: (s: string) => string): T | string {
  return typeof value === 'string' ? clean(value) : value;
}
