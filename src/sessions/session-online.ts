import { Injectable } from '@nestjs/common';
import { hasAnyRole, type Role } from '../common/roles.js';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import type { OnlineSettings } from './domain/online-reception.js';

/** Column contexts of the meeting address (each ciphertext is bound to its table's column and to the row's id). */
export const MEETING_URL_CONTEXTS = { session: 'session.meetingUrl', schedule: 'schedule.meetingUrl' } as const;
export type MeetingUrlOwner = keyof typeof MEETING_URL_CONTEXTS;

/** The online columns a schedule and a session share. */
export interface OnlineColumns {
  id: string;
  mode: OnlineSettings['mode'];
  meetingUrlEnc: string | null;
  onlineSeatsPerSlot: number | null;
  recordsOnline: boolean;
  recordingPurpose: string | null;
  recordingRetentionDays: number | null;
}

/**
 * Staff roles that see a session's meeting address (within their units): the office that plans it, the secretary who
 * runs it and the leader who receives. Viewers, inspectors, handlers and the public never do; the booked citizen gets
 * it with their booking.
 */
export const MEETING_URL_ROLES: readonly Role[] = ['office', 'secretary', 'leader'];

export function seesMeetingUrl(user: { roles: readonly string[] } | null | undefined): boolean {
  return !!user && hasAnyRole(user.roles, MEETING_URL_ROLES);
}

/**
 * Encryption of the meeting address of schedules and sessions (FieldCipher): a meeting link lets anyone into the
 * room, so it is stored like personal data and shown only to the unit's staff and the booked citizen.
 */
@Injectable()
export class MeetingUrlCipher {
  constructor(private readonly cipher: FieldCipher) {}

  seal(url: string | null, owner: MeetingUrlOwner, id: string): string | null {
    return url === null ? null : this.cipher.encrypt(url, MEETING_URL_CONTEXTS[owner], id);
  }

  open(row: Pick<OnlineColumns, 'id' | 'meetingUrlEnc'>, owner: MeetingUrlOwner): string | null {
    return row.meetingUrlEnc ? this.cipher.decrypt(row.meetingUrlEnc, MEETING_URL_CONTEXTS[owner], row.id) : null;
  }

  /** The settings of a row with its meeting address in clear. */
  settings(row: OnlineColumns, owner: MeetingUrlOwner): OnlineSettings {
    return {
      mode: row.mode ?? 'in_person',
      meetingUrl: this.open(row, owner),
      onlineSeatsPerSlot: row.onlineSeatsPerSlot ?? null,
      recordsOnline: !!row.recordsOnline,
      recordingPurpose: row.recordingPurpose ?? null,
      recordingRetentionDays: row.recordingRetentionDays ?? null,
    };
  }

  /** The columns to store for settings of a row (the address sealed to that row). */
  columns(s: OnlineSettings, owner: MeetingUrlOwner, id: string): Omit<OnlineColumns, 'id'> {
    return {
      mode: s.mode,
      meetingUrlEnc: this.seal(s.meetingUrl, owner, id),
      onlineSeatsPerSlot: s.onlineSeatsPerSlot,
      recordsOnline: s.recordsOnline,
      recordingPurpose: s.recordingPurpose,
      recordingRetentionDays: s.recordingRetentionDays,
    };
  }
}
