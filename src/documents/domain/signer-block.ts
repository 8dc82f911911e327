/**
 * Who signs and in whose name (Decree 30/2020/NĐ-CP Art. 13 and Annex I §II.7 "Quyền hạn, chức vụ, họ tên và chữ
 * ký của người có thẩm quyền"): the authority mark and the signer's title, as the lines above the signature.
 *
 * - A collective body (Ủy ban nhân dân, a party committee) signs "TM." + the body (party: "T/M"), then the head's
 *   bare title: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"; "T/M ĐẢNG ỦY" / "BÍ THƯ".
 * - A deputy signs "KT." (party "K/T") + the head's title, then his own: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
 * - An official the head delegated (neither head nor deputy) signs "TUQ." + the head's title, then his own.
 * - A body run by one head (a department, a board) has no "TM." line: the head signs with the bare title.
 * The title line never repeats the body's name ("CHỦ TỊCH", not "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG …").
 */
import type { DocumentKind, SignatureBlock } from './document.model.js';

export type SignerPosition = 'head' | 'deputy' | 'member';

export interface SignerInput {
  readonly kind: DocumentKind;
  /** The collective body signed for ("Ủy ban nhân dân", "Đảng ủy", "Thành ủy"); null when one head runs the body. */
  readonly collective: string | null;
  /** The head's bare title ("Chủ tịch", "Bí thư", "Trưởng ban"). */
  readonly headTitle: string;
  readonly signer: { readonly fullName: string; readonly title: string; readonly position: SignerPosition };
}

const upper = (s: string): string => s.normalize('NFC').trim().toLocaleUpperCase('vi');

/**
 * Job titles in the order they must be tried (longer first), each a bare title an official's full title may start
 * with: "Chủ tịch Ủy ban nhân dân phường Hồng Bàng" → "Chủ tịch".
 */
const TITLES = [
  'Phó Chủ tịch',
  'Chủ tịch',
  'Phó Bí thư',
  'Bí thư',
  'Phó Trưởng ban',
  'Trưởng ban',
  'Phó Chánh Thanh tra',
  'Chánh Thanh tra',
  'Phó Chánh Văn phòng',
  'Chánh Văn phòng',
  'Phó Giám đốc',
  'Giám đốc',
  'Phó Trưởng phòng',
  'Trưởng phòng',
  'Phó Thủ trưởng',
  'Thủ trưởng',
];

/** The bare job title of a full title ("Trưởng Ban Tiếp công dân thành phố" → "Trưởng ban"); unknown titles stay whole. */
export function bareTitle(title: string): string {
  const t = title.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const lower = t.toLocaleLowerCase('vi');
  const hit = TITLES.find(
    (x) => lower === x.toLocaleLowerCase('vi') || lower.startsWith(`${x.toLocaleLowerCase('vi')} `),
  );
  return hit ?? t;
}

/** The deputy's title for a head's title: "Chủ tịch" → "Phó Chủ tịch". */
const deputyOf = (headTitle: string): string => (/^phó\s/iu.test(headTitle) ? headTitle : `Phó ${headTitle}`);

export function signerBlock(input: SignerInput): SignatureBlock {
  const party = input.kind === 'party';
  const marks = party ? { tm: 'T/M', kt: 'K/T', tuq: 'T/UQ' } : { tm: 'TM.', kt: 'KT.', tuq: 'TUQ.' };
  const head = upper(bareTitle(input.headTitle));
  const own = bareTitle(input.signer.title);
  const lines: string[] = [];
  if (input.collective) lines.push(`${marks.tm} ${upper(input.collective)}`);
  let title: string;
  switch (input.signer.position) {
    case 'head':
      title = head;
      break;
    case 'deputy':
      lines.push(`${marks.kt} ${head}`);
      title = upper(own && own !== input.signer.title.trim() ? own : deputyOf(bareTitle(input.headTitle)));
      break;
    case 'member':
      lines.push(`${marks.tuq} ${head}`);
      title = upper(own || 'Cán bộ');
      break;
  }
  const name = input.signer.fullName.normalize('NFC').trim();
  // A body run by one head, signed by the head: the title alone is the role line.
  if (lines.length === 0) return { role: title, name };
  return { role: lines.join('\n'), title, name };
}
