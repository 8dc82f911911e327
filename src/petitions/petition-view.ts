import type { AuthUser } from '../auth/auth.decorators.js';
import { disclose } from '../common/privacy/masking-policy.js';
import type { Deadline } from './domain/deadlines.js';
import { deadlineStepLabel, isProtectedIdentity, PETITION_TYPE_LABELS } from './domain/petition-types.js';
import type { Viewer } from './domain/redaction.js';
import type { PetitionerData } from './petition-cipher.js';
import type { PetitionEntity, PetitionExtensionEntity, PetitionPauseEntity } from './petition.entity.js';

export function viewerOf(user: AuthUser, unitScope: ReadonlySet<string> = new Set()): Viewer {
  return { roles: user.roles, unitId: user.unitId, unitScope };
}

/** Contact data of a non-sealed petitioner as this user may see it (the masking policy, src/common/privacy). */
export function maskedPetitioner(
  p: PetitionerData | null,
  user: Pick<AuthUser, 'roles' | 'unitId'>,
  unitId: string,
): PetitionerData | null {
  if (!p) return null;
  const { show } = disclose(user, { kind: 'petition', sealed: false, unitId });
  return {
    fullName: show('fullName', p.fullName)!,
    address: show('address', p.address ?? null),
    idNumber: show('idNumber', p.idNumber || null),
    phone: show('phone', p.phone || null),
    email: show('email', p.email || null),
  };
}

export function deadlineView(d: Deadline) {
  return {
    step: d.step,
    label: deadlineStepLabel(d.step),
    dueAt: d.dueAt,
    dueOn: d.dueOn,
    days: d.days,
    basis: d.basis,
    from: d.from,
    anchorOn: d.anchorOn,
    provisional: d.provisional,
    paused: d.paused,
    pausedDays: d.pausedDays,
    extensionDays: d.extensionDays,
    ...(d.source ? { source: d.source } : {}),
  };
}

/** The fields every view of a petition shares (lists and detail); never any personal data. */
export function petitionSummary(p: PetitionEntity) {
  return {
    id: p.id,
    unitId: p.unitId,
    type: p.type,
    typeLabel: PETITION_TYPE_LABELS[p.type],
    channel: p.channel,
    queue: p.queue,
    receivedAt: p.receivedAt.toISOString(),
    receivedOn: p.receivedOn,
    acceptedOn: p.acceptedOn,
    status: p.status,
    anonymous: p.anonymous,
    subject: p.subject,
    remoteArea: p.remoteArea,
    complex: p.complex,
    complexity: p.complexity,
    round: p.round,
    severalSites: p.severalSites,
    transferred: p.transferred,
    possibleDuplicateOf: p.possibleDuplicateOf,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** A list row: the petitioner's name only for petitions that are not sealed. */
export function petitionListItem(p: PetitionEntity) {
  const sealed = isProtectedIdentity(p);
  return { ...petitionSummary(p), petitionerName: sealed ? null : p.petitionerName, identityProtected: sealed };
}

export function pauseView(x: PetitionPauseEntity) {
  return { id: x.id, from: x.fromOn, to: x.toOn, reason: x.reason, createdAt: x.createdAt.toISOString() };
}

export function extensionView(x: PetitionExtensionEntity) {
  return {
    id: x.id,
    seq: x.seq,
    days: x.days,
    reason: x.reason,
    complexity: x.complexity,
    decidedOn: x.decidedOn,
    createdAt: x.createdAt.toISOString(),
  };
}
