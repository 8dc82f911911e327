import type { SessionMode } from './domain/online-reception.js';
import type { SessionEntity } from './session.entity.js';

/** The fields of GET /sessions, plus bookkeeping fields the office needs. */
export interface SessionView {
  id: string;
  scheduleId: string | null;
  officialId: string;
  venueId: string;
  unitId: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  localDate: string;
  status: SessionEntity['status'];
  adHoc: boolean;
  adHocReason: SessionEntity['adHocReason'];
  note: string | null;
  shiftedFrom: string | null;
  delegateOfficialId: string | null;
  heldByOfficialId: string | null;
  heldAt: string | null;
  publishedAt: string | null;
  publishOverrideReason: string | null;
  changeReason: string | null;
  modified: boolean;
  slotMinutes: number;
  seatsPerSlot: number;
  sequence: number;
  mode: SessionMode;
  /** Shown to the office, secretary and leader of the unit only (null to everyone else and when in person). */
  meetingUrl: string | null;
  onlineSeatsPerSlot: number | null;
  recordsOnline: boolean;
  recordingPurpose: string | null;
  recordingRetentionDays: number | null;
  createdAt: string;
  updatedAt: string;
}

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

export function toSessionView(s: SessionEntity, meetingUrl: string | null = null): SessionView {
  return {
    id: s.id,
    scheduleId: s.scheduleId,
    officialId: s.officialId,
    venueId: s.venueId,
    unitId: s.unitId,
    startsAt: iso(s.startsAt)!,
    endsAt: iso(s.endsAt)!,
    timeZone: s.timeZone,
    localDate: s.localDate,
    status: s.status,
    adHoc: !!s.adHoc,
    adHocReason: s.adHocReason,
    note: s.note,
    shiftedFrom: s.shiftedFrom,
    delegateOfficialId: s.delegateOfficialId,
    heldByOfficialId: s.heldByOfficialId,
    heldAt: iso(s.heldAt),
    publishedAt: iso(s.publishedAt),
    publishOverrideReason: s.publishOverrideReason,
    changeReason: s.changeReason,
    modified: !!s.modified,
    slotMinutes: s.slotMinutes,
    seatsPerSlot: s.seatsPerSlot,
    sequence: s.sequence,
    mode: s.mode ?? 'in_person',
    meetingUrl,
    onlineSeatsPerSlot: s.onlineSeatsPerSlot ?? null,
    recordsOnline: !!s.recordsOnline,
    recordingPurpose: s.recordingPurpose ?? null,
    recordingRetentionDays: s.recordingRetentionDays ?? null,
    createdAt: iso(s.createdAt)!,
    updatedAt: iso(s.updatedAt)!,
  };
}
