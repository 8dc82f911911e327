/**
 * A denouncer's identity (Law on Denunciation 2018, Art. 9, 47, 56) never reaches a list, an export or a
 * document produced for someone without the right to read it. Who reads what is decided by the one masking policy
 * (src/common/privacy/masking-policy.ts: reception cases are unsealed by the inspector of the case's own unit, ID
 * numbers are clear for the secretary and the inspector); this file applies it to a reception case.
 */
import { disclose, SEALED_LABEL, type Reader } from '../../common/privacy/masking-policy.js';
import { scrubIdentity } from '../../petitions/domain/identity-scan.js';
import { isProtectedIdentity, type PetitionType } from '../../petitions/domain/petition-types.js';

/** The label a sealed name shows in views, exports and printed documents. */
export const SECRECY_LABEL = SEALED_LABEL;

export type ViewerRights = Reader;

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
  const seen = disclose(viewer, { kind: 'receptionCase', sealed, unitId: facts.unitId });
  if (seen.sealed) {
    const people = [person, ...person.representatives];
    const scrub = (text: string): string =>
      people.reduce((t, p) => scrubIdentity(t, { fullName: p.fullName, idNumber: p.idNumber }), text);
    return {
      fullName: SECRECY_LABEL,
      address: '',
      idNumber: null,
      representatives: [],
      identityProtected: true,
      revealedSealed: false,
      scrub,
    };
  }
  return {
    fullName: seen.show('fullName', person.fullName)!,
    address: seen.show('address', person.address)!,
    idNumber: seen.show('idNumber', person.idNumber),
    representatives: person.representatives.map((r) => seen.show('fullName', r.fullName)!),
    identityProtected: sealed,
    revealedSealed: seen.revealsSealed,
    scrub: (t) => t,
  };
}
