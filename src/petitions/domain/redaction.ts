/**
 * What a viewer may see of a petition. A denouncer's identity is sealed (Law on Denunciation
 * 2018, Art. 9, 47, 56): `petitioner` is `null` and `identityProtected` is `true` for everyone
 * except an `inspector` of the petition's own unit.
 *
 * Decision: "inspector of that unit" (the API's rule) is read strictly — `viewer.unitId` must equal the
 * petition's `unitId`. An inspector of a parent unit whose scope merely contains the petition's
 * unit does NOT see the identity; `unitScope` governs which cases a viewer may list, never who
 * may unseal an identity. Widening this is a policy change to make here, deliberately.
 *
 * For a redacted view, the name, ID number and phone number are also scrubbed from every other
 * string of the record (e.g. "Tôi là Nguyễn Văn A, CCCD 0010…" in the content).
 */
import { readsSealedInClear } from '../../common/privacy/masking-policy.js';
import { scrubIdentity, type SealedIdentity } from './identity-scan.js';
import { isProtectedIdentity, type PetitionIdentityFacts, type Petitioner } from './petition-types.js';

export interface Viewer {
  roles: readonly string[];
  unitId: string | null;
  /** Units whose cases the viewer may see (its unit and sub-units). Not used to unseal identities. */
  unitScope: ReadonlySet<string>;
}

export interface RedactablePetition extends PetitionIdentityFacts {
  unitId: string;
  petitioner: Petitioner | null;
}

export type RedactedPetition<P extends RedactablePetition> = Omit<P, 'petitioner'> & {
  petitioner: Petitioner | null;
  identityProtected: boolean;
};

/**
 * May this viewer read the sealed identity of this petition? (Each such read must be audited.) Decided by the one
 * masking policy (src/common/privacy/masking-policy.ts, `SEALED_READERS.petition`).
 */
export function canReadSealedIdentity(petition: Pick<RedactablePetition, 'unitId'>, viewer: Viewer): boolean {
  return readsSealedInClear(viewer, { kind: 'petition', sealed: true, unitId: petition.unitId });
}

/** True when showing this petition to this viewer discloses a sealed identity (→ write an audit row). */
export function revealsSealedIdentity(petition: RedactablePetition, viewer: Viewer): boolean {
  return isProtectedIdentity(petition) && petition.petitioner !== null && canReadSealedIdentity(petition, viewer);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Copies plain objects, arrays and strings with the identity scrubbed; other values are kept as they are. */
function scrubDeep(value: unknown, identity: SealedIdentity): unknown {
  if (typeof value === 'string') return scrubIdentity(value, identity);
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, identity));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, identity);
    return out;
  }
  return value;
}

/** The petition as `viewer` may see it. Never mutates its argument. */
export function redactPetition<P extends RedactablePetition>(petition: P, viewer: Viewer): RedactedPetition<P> {
  if (!isProtectedIdentity(petition)) return { ...petition, identityProtected: false };
  if (canReadSealedIdentity(petition, viewer)) return { ...petition, identityProtected: true };
  const { petitioner, ...rest } = petition;
  const scrubbed = petitioner ? (scrubDeep(rest, petitioner) as typeof rest) : { ...rest };
  return { ...scrubbed, petitioner: null, identityProtected: true } as unknown as RedactedPetition<P>;
}
