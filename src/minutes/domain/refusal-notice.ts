/**
 * The written refusal notice of Art. 9(3) of the Law on Citizen Reception (Luật Tiếp công dân số 42/2013/QH13): a
 * person who keeps raising a case already settled lawfully and explained is refused in writing, signed by the head.
 */
import type { AdministrativeDocument } from '../../documents/domain/document.model.js';
import { formatDateVi } from '../../documents/domain/vietnamese-format.js';
import { capitalised, citizenNameOrBoth } from './citizen-address.js';
import { REFUSAL_GROUND_LABELS, refusalLegalBasis } from './handling.js';
import { numberFor, signatureFor } from './issuer.js';
import type { CaseView, Issuer, PersonView } from './views.js';

export class RefusalNoticeNotApplicable extends Error {}

/** The law the notice rests on, cited by its number as Decree 30 requires of a legal basis. */
export const CITIZEN_RECEPTION_LAW = 'Luật Tiếp công dân số 42/2013/QH13 ngày 25 tháng 11 năm 2013';

export function buildRefusalNotice(input: {
  issuer: Issuer;
  case: CaseView;
  venueName: string;
  signer: PersonView;
  issuedOn: string;
}): AdministrativeDocument {
  const c = input.case;
  if (c.handlingRoute !== 'refuse' || c.refusalGround !== 3) {
    throw new RefusalNoticeNotApplicable('A refusal notice is issued only for ground 3 of Art. 9');
  }
  const named = citizenNameOrBoth(c.fullName, c.salutation);
  const who = c.address ? `${named}, địa chỉ: ${c.address}` : named;
  const recipient = c.identityProtected
    ? 'Công dân (theo địa chỉ được giữ bí mật)'
    : `${capitalised(named)}${c.address ? ` (${c.address})` : ''}`;
  return {
    issuingBodyParent: input.issuer.issuingBodyParent,
    issuingBody: input.issuer.issuingBody,
    kind: input.issuer.kind,
    number: numberFor(input.issuer, 'TB'),
    placeAndDate: { place: input.issuer.place, date: input.issuedOn },
    title: 'THÔNG BÁO',
    subtitle: 'Về việc từ chối tiếp công dân',
    blocks: [
      { type: 'paragraph', content: `Căn cứ ${CITIZEN_RECEPTION_LAW};` },
      {
        type: 'paragraph',
        content:
          'Căn cứ Nghị định số 64/2014/NĐ-CP ngày 26 tháng 6 năm 2014 của Chính phủ quy định chi tiết một số điều của Luật Tiếp công dân;',
      },
      {
        type: 'paragraph',
        content: `Ngày ${formatDateVi(c.receivedOn)}, tại ${input.venueName}, ${who} đến trình bày vụ việc: ${c.summary}`,
      },
      {
        type: 'paragraph',
        content: `Vụ việc nêu trên đã được ${c.previouslyHandledBy ?? 'cơ quan nhà nước có thẩm quyền'} giải quyết đúng chính sách, pháp luật, được kiểm tra, rà soát, thông báo bằng văn bản và công dân đã được tiếp, giải thích, hướng dẫn.`,
      },
      {
        type: 'paragraph',
        content: `Căn cứ ${refusalLegalBasis(3)} (${REFUSAL_GROUND_LABELS[3].toLocaleLowerCase('vi')}), ${input.issuer.name} thông báo từ chối tiếp ${named} đối với vụ việc nêu trên.`,
      },
      { type: 'paragraph', content: `Lý do: ${c.refusalReason ?? ''}` },
      {
        type: 'paragraph',
        content: `${input.issuer.name} thông báo để ${named} biết và thực hiện đúng quy định của pháp luật./.`,
      },
    ],
    signatures: [signatureFor(input.issuer, input.signer)],
    recipients: [recipient, 'Lưu: VT, hồ sơ vụ việc'],
  };
}
