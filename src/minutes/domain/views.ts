/**
 * Plain data the document builders and the Form 03 mapping read. Services fill these from the database after
 * the viewer's rights are applied (masked ID numbers, sealed identities), so a builder can never leak more
 * than it was given.
 */
import type { DocumentKind, IsoDate } from '../../documents/domain/document.model.js';
import type { PetitionType } from '../../petitions/domain/petition-types.js';
import type { Salutation } from './citizen-address.js';
import type { HandlingRoute, RefusalGround } from './handling.js';

export interface Issuer {
  readonly issuingBodyParent?: string;
  readonly issuingBody: string;
  readonly kind: DocumentKind;
  /** Place name of the place-and-date line, e.g. "Hồng Bàng". */
  readonly place: string;
  /** Long name used in sentences, e.g. "Ủy ban nhân dân phường Hồng Bàng". */
  readonly name: string;
  /** Abbreviation used in document numbers, e.g. "UBND". */
  readonly abbreviation: string;
  /** The collective body a signer signs for ("Ủy ban nhân dân", "Đảng ủy"), or null for a body run by one head. */
  readonly collective: string | null;
  /** The head's bare title ("Chủ tịch", "Bí thư", "Trưởng ban"). */
  readonly headTitle: string;
}

export interface PersonView {
  readonly fullName: string;
  readonly title: string;
  /** For a signer: whether he heads the body, is a deputy, or signs by the head's delegation. */
  readonly position?: 'head' | 'deputy' | 'member';
}

export interface CaseView {
  readonly id: string;
  readonly no: number;
  readonly receivedOn: IsoDate;
  /** The person (or the group's first representative); the secrecy label when the identity is sealed. */
  readonly fullName: string;
  /** Form of address; null when not recorded or when the identity is sealed. */
  readonly salutation: Salutation | null;
  readonly address: string;
  /** Plain or masked per the viewer's rights; null when sealed. */
  readonly idNumber: string | null;
  readonly groupSize: number;
  /** Names of the other representatives of a group (empty when sealed). */
  readonly representatives: readonly string[];
  readonly summary: string;
  readonly request: string | null;
  readonly petitionType: PetitionType;
  readonly previouslyHandledBy: string | null;
  readonly handlingRoute: HandlingRoute;
  readonly refusalGround: RefusalGround | null;
  readonly refusalReason: string | null;
  readonly conclusion: string;
  readonly assigneeUnitName: string | null;
  readonly dueDate: IsoDate | null;
  /** Follow-up ("Theo dõi kết quả"), e.g. the petition created from the case. */
  readonly followUp: string | null;
  readonly note: string | null;
  readonly identityProtected: boolean;
  /** Form of reception; absent in older fixtures means in person. */
  readonly form?: 'in_person' | 'online';
}

export interface AmendmentView {
  readonly reason: string;
  readonly text: string;
  readonly author: string;
  readonly on: IsoDate;
}

export interface MinutesView {
  readonly issuer: Issuer;
  readonly number: string | null;
  readonly sessionDate: IsoDate;
  /** `HH:mm` local times of the session. */
  readonly startTime: string;
  readonly endTime: string;
  readonly adHoc: boolean;
  readonly venueName: string;
  readonly venueAddress: string;
  readonly chair: PersonView;
  /** True when the leader of the session chaired in person; false when a deputy stood in. */
  readonly chairInPerson: boolean;
  readonly officials: readonly PersonView[];
  readonly secretary: PersonView;
  readonly cases: readonly CaseView[];
  readonly amendments: readonly AmendmentView[];
  readonly finalized: boolean;
  readonly contentHash: string | null;
}
