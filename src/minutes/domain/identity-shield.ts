/**
 * A denouncer's identity (Law on Denunciation 2018, Art. 9, 47, 56) never reaches a list, an export or a
 * document produced for someone without the right to read it. Who may read it is decided by the petitions
 * domain (`canReadSealedIdentity`: the inspector of the case's own unit); this file applies the decision to
 * a reception case, and decides who sees ID numbers in full.
 */
import { scrubIdentity } from '../../petitions/domain/identity-scan.js';
import { isProtectedIdentity, type PetitionType } from '../../petitions/domain/petition-types.js';
import { maskIdNumber } from '../../documents/vietnamese-format.js';

export const SECRECY_LABEL = '(được giữ bí mật theo Luật Tố cáo)';

/** Roles whose work needs full ID numbers (recording and verifying people); everyone else sees them masked. */
export const FULL_ID_ROLES: readonly string[] = ['admin', 'secretary', 'office', 'inspector'];

export interface ViewerRights {
  readonly roles: readonly string[];
  readonly unitId: string | null;
}

export const seesFullIdNumbers = (viewer: ViewerRights): boolean => viewer.roles.some((r) => FULL_ID_ROLES.includes(r));

/** Strict reading, as in the petitions domain: an inspector of the very unit that received the case. */
export const mayReadSealedIdentity = (viewer: ViewerRights, caseUnitId: string): boolean =>
  viewer.roles.includes('inspector') && viewer.unitId !== null && viewer.unitId === caseUnitId;

export interface RawIdentity {
  readonly fullName: string;
  readonly address: string;
  readonly idNumber: string;
  readonly representatives: ReadonlyArray<{ fullName: string; idNumber: string }>;
}

export interface ShieldedIdentity {
  readonly fullName: string;
  readonly address: string;
  readonly idNumber: string | null;
  readonly representatives: readonly string[];
  readonly identityProtected: boolean;
  /** True when the viewer was shown a sealed identity (the caller audits the read). */
  readonly revealedSealed: boolean;
  /** Removes the sealed names and numbers from free text (summary, conclusion) when sealed. */
  readonly scrub: (text: string) => string;
}

export function shieldIdentity(
  person: RawIdentity,
  facts: { petitionType: PetitionType; unitId: string },
  viewer: ViewerRights,
): ShieldedIdentity {
  const sealed = isProtectedIdentity({ type: facts.petitionType });
  if (sealed && !mayReadSealedIdentity(viewer, facts.unitId)) {
    const people = [person, ...person.representatives];
    const scrub = (text: string): string => people.reduce((t, p) => scrubIdentity(t, { fullName: p.fullName, idNumber: p.idNumber }), text);
    return { fullName: SECRECY_LABEL, address: '', idNumber: null, representatives: [], identityProtected: true, revealedSealed: false, scrub };
  }
  const full = seesFullIdNumbers(viewer);
  return {
    fullName: person.fullName,
    address: person.address,
    idNumber: full ? person.idNumber : maskIdNumber(person.idNumber),
    representatives: person.representatives.map((r) => r.fullName),
    identityProtected: sealed,
    revealedSealed: sealed,
    scrub: (t) => t,
  };
}
