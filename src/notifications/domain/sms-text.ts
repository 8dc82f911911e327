/**
 * Pure text rules of the SMS channel: the Vietnamese diacritics stripper, the GSM 03.38 (GSM-7) alphabet, part
 * counting and splitting into concatenated parts (UDH, 8-bit reference). No Nest, no I/O.
 */

export const SMS_ENCODINGS = ['gsm7', 'ucs2'] as const;
export type SmsEncoding = (typeof SMS_ENCODINGS)[number];

/** SMPP data_coding of each encoding (0 = SMSC default alphabet, GSM-7; 8 = UCS-2). */
export const DATA_CODING: Record<SmsEncoding, number> = { gsm7: 0, ucs2: 8 };

/**
 * Removes Vietnamese tone and vowel marks: NFD decomposition, combining marks (U+0300–U+036F) dropped, then đ→d and
 * Đ→D explicitly (đ is a letter of its own, not a d with a combining mark, so NFD leaves it). NFC first, so text that
 * arrives decomposed or composed gives the same result.
 */
export function stripVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** GSM 03.38 basic character set, by code (index = septet value). */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Extension table (each costs two septets: ESC + code). */
const GSM_EXT: Record<string, number> = {
  '\f': 0x0a,
  '^': 0x14,
  '{': 0x28,
  '}': 0x29,
  '\\': 0x2f,
  '[': 0x3c,
  '~': 0x3d,
  ']': 0x3e,
  '|': 0x40,
  '€': 0x65,
};
const BASIC_CODE = new Map<string, number>([...GSM_BASIC].map((c, i) => [c, i]));
BASIC_CODE.delete('\u001b');

/** Septets a character costs in GSM-7 (1 basic, 2 extension), or 0 when it is not in the alphabet. */
export function gsmSeptets(ch: string): 0 | 1 | 2 {
  if (BASIC_CODE.has(ch)) return 1;
  if (ch in GSM_EXT) return 2;
  return 0;
}

/** True when every character of `text` is in the GSM-7 alphabet (basic or extension). */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (gsmSeptets(ch) === 0) return false;
  return true;
}

/** Typographic characters with a GSM-7 look-alike; anything else outside the alphabet becomes '?'. */
const LOOKALIKES: Record<string, string> = {
  '–': '-',
  '—': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '…': '...',
  '\u00a0': ' ',
  '\t': ' ',
  '•': '-',
};

/** Text for a GSM-7 message: Vietnamese marks stripped, look-alikes replaced, other characters outside GSM-7 → '?'. */
export function toGsm7Text(text: string): string {
  let out = '';
  for (const ch of stripVietnamese(text)) {
    if (gsmSeptets(ch) !== 0) out += ch;
    else if (ch in LOOKALIKES) out += LOOKALIKES[ch];
    else out += '?';
  }
  return out;
}

/** The text as it will be sent in `encoding` (GSM-7: stripped and replaced; UCS-2: NFC, unchanged otherwise). */
export function smsText(text: string, encoding: SmsEncoding): string {
  return encoding === 'gsm7' ? toGsm7Text(text) : text.normalize('NFC');
}

/** Units of a part: septets for GSM-7, UTF-16 code units for UCS-2. */
export const PART_LIMITS: Record<SmsEncoding, { single: number; multi: number }> = {
  gsm7: { single: 160, multi: 153 },
  ucs2: { single: 70, multi: 67 },
};

/** Most parts one message may have (one-byte reference UDH allows 255; operators bill each part). */
export const MAX_PARTS = 10;

function unitsOf(ch: string, encoding: SmsEncoding): number {
  return encoding === 'gsm7' ? gsmSeptets(ch) || 1 : ch.length;
}

/**
 * Splits an already encodable text (see smsText) into parts: one part when it fits the single limit, else parts of the
 * multi limit. An extension character (two septets) or a surrogate pair is never cut in two.
 */
export function splitParts(text: string, encoding: SmsEncoding): string[] {
  const { single, multi } = PART_LIMITS[encoding];
  let total = 0;
  for (const ch of text) total += unitsOf(ch, encoding);
  if (total <= single) return [text];
  const parts: string[] = [];
  let cur = '';
  let used = 0;
  for (const ch of text) {
    const u = unitsOf(ch, encoding);
    if (used + u > multi) {
      parts.push(cur);
      cur = '';
      used = 0;
    }
    cur += ch;
    used += u;
  }
  if (cur !== '') parts.push(cur);
  return parts;
}

/** Number of parts `text` takes once converted for `encoding`. */
export function countParts(text: string, encoding: SmsEncoding): number {
  return splitParts(smsText(text, encoding), encoding).length;
}

/** GSM-7, unpacked (one septet per octet, as SMPP carries data_coding 0; the SMSC packs), with ESC for extensions. */
export function encodeGsm7(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const basic = BASIC_CODE.get(ch);
    if (basic !== undefined) bytes.push(basic);
    else if (ch in GSM_EXT) bytes.push(0x1b, GSM_EXT[ch]!);
    else bytes.push(BASIC_CODE.get('?')!);
  }
  return Buffer.from(bytes);
}

/** UCS-2 big-endian (UTF-16BE). */
export function encodeUcs2(text: string): Buffer {
  const b = Buffer.alloc(text.length * 2);
  for (let i = 0; i < text.length; i++) b.writeUInt16BE(text.charCodeAt(i), i * 2);
  return b;
}

export interface SmsPdu {
  dataCoding: number;
  /** 0x40 (UDH indicator) on parts of a concatenated message. */
  esmClass: number;
  shortMessage: Buffer;
}

/**
 * The submit_sm bodies of one message: the text converted for `encoding`, split, and (when more than one part) each
 * prefixed with the 8-bit-reference concatenation UDH `05 00 03 ref total seq`. Throws when over MAX_PARTS.
 */
export function smsPdus(text: string, encoding: SmsEncoding, ref: number): SmsPdu[] {
  const parts = splitParts(smsText(text, encoding), encoding);
  if (parts.length > MAX_PARTS) throw new Error(`SMS too long: ${parts.length} parts`);
  const encode = encoding === 'gsm7' ? encodeGsm7 : encodeUcs2;
  const dataCoding = DATA_CODING[encoding];
  if (parts.length === 1) return [{ dataCoding, esmClass: 0, shortMessage: encode(parts[0]!) }];
  return parts.map((p, i) => ({
    dataCoding,
    esmClass: 0x40,
    shortMessage: Buffer.concat([Buffer.from([0x05, 0x00, 0x03, ref & 0xff, parts.length, i + 1]), encode(p)]),
  }));
}

/** A Vietnamese mobile number in E.164 without '+' (84…), as SMPP destination_addr with TON 1 (international). */
export function smppDestination(e164: string): string {
  return e164.replace(/^\+/, '');
}

export interface DeliveryReceipt {
  /** Message id given by the SMSC in submit_sm_resp. */
  id: string;
  /** DELIVRD, EXPIRED, DELETED, UNDELIV, ACCEPTD, UNKNOWN, REJECTD */
  stat: string;
  err: string | null;
  /** `done date` as written by the SMSC (YYMMDDhhmm). */
  doneDate: string | null;
}

/** Parses the text of a deliver_sm delivery receipt (SMPP 3.4 Appendix B): `id:… sub:… dlvrd:… … stat:DELIVRD err:000`. */
export function parseReceipt(text: string): DeliveryReceipt | null {
  const id = /\bid:(\S+)/i.exec(text)?.[1];
  const stat = /\bstat:(\S+)/i.exec(text)?.[1];
  if (!id || !stat) return null;
  return {
    id,
    stat: stat.toUpperCase(),
    err: /\berr:(\S+)/i.exec(text)?.[1] ?? null,
    doneDate: /\bdone date:(\d{10,12})/i.exec(text)?.[1] ?? null,
  };
}

/** Final receipt states: the message will not change any more. */
export const FINAL_RECEIPT_STATES = ['DELIVRD', 'EXPIRED', 'DELETED', 'UNDELIV', 'REJECTD'] as const;
