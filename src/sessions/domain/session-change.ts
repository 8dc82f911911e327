/**
 * What a PATCH /sessions/:id means: move, change venue, delegate to a deputy, cancel.
 * Pure: the service checks permissions and references (venue, delegate) and stores the result.
 */
import { DateTime } from '../../common/time/luxon.js';

export type SessionStatus = 'planned' | 'published' | 'held' | 'cancelled';
export type SessionChangeKind = 'moved' | 'cancelled' | 'delegated';

export interface SessionState {
  status: SessionStatus;
  startsAt: Date;
  endsAt: Date;
  venueId: string;
  delegateOfficialId: string | null;
  timeZone: string;
}

export interface SessionPatch {
  startsAt?: string;
  endsAt?: string;
  venueId?: string;
  /** null removes the delegation. */
  delegateOfficialId?: string | null;
  status?: 'cancelled';
  reason?: string;
}

export interface SessionChanges {
  startsAt?: Date;
  endsAt?: Date;
  localDate?: string;
  venueId?: string;
  delegateOfficialId?: string | null;
  status?: 'cancelled';
}

export type ChangeOutcome =
  | { ok: true; changes: SessionChanges; kinds: SessionChangeKind[] }
  | {
      ok: false;
      status: 400 | 409;
      code: 'SESSION_CLOSED' | 'CANCEL_WITH_CHANGES' | 'INVALID_SESSION_TIME' | 'REASON_REQUIRED';
      field?: string;
      message: string;
    };

/** Longest reception session accepted (a working day). */
export const MAX_SESSION_MINUTES = 12 * 60;

export function localDateOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** Checks that a session's times are sane: end after start, within one local day, at most 12 hours. */
export function checkSessionTimes(
  startsAt: Date,
  endsAt: Date,
  zone: string,
): { field: string; message: string } | null {
  if (!(endsAt.getTime() > startsAt.getTime()))
    return { field: 'endsAt', message: 'Giờ kết thúc phải sau giờ bắt đầu.' };
  if (endsAt.getTime() - startsAt.getTime() > MAX_SESSION_MINUTES * 60_000)
    return { field: 'endsAt', message: 'Một buổi tiếp không được dài quá 12 giờ.' };
  if (localDateOf(startsAt, zone) !== localDateOf(new Date(endsAt.getTime() - 1), zone)) {
    return { field: 'endsAt', message: 'Buổi tiếp phải bắt đầu và kết thúc trong cùng một ngày.' };
  }
  return null;
}

/**
 * The changes a patch makes, and the kinds of change a subscriber must see (each one increments SEQUENCE once per
 * request). Moving only `startsAt` keeps the duration. A patch that changes nothing yields no kinds. A published
 * session needs a reason for any change; held and cancelled sessions cannot change.
 */
export function planSessionChange(state: SessionState, patch: SessionPatch): ChangeOutcome {
  if (state.status === 'held' || state.status === 'cancelled') {
    return {
      ok: false,
      status: 409,
      code: 'SESSION_CLOSED',
      message: 'Buổi tiếp đã diễn ra hoặc đã bị hủy, không thể thay đổi.',
    };
  }
  const kinds: SessionChangeKind[] = [];
  const changes: SessionChanges = {};
  if (patch.status === 'cancelled') {
    if (
      patch.startsAt !== undefined ||
      patch.endsAt !== undefined ||
      patch.venueId !== undefined ||
      patch.delegateOfficialId !== undefined
    ) {
      return {
        ok: false,
        status: 400,
        code: 'CANCEL_WITH_CHANGES',
        field: 'status',
        message: 'Khi hủy buổi tiếp không được đồng thời thay đổi giờ, địa điểm hay người được ủy quyền chủ trì thay.',
      };
    }
    changes.status = 'cancelled';
    kinds.push('cancelled');
  } else {
    const start = patch.startsAt !== undefined ? new Date(patch.startsAt) : state.startsAt;
    const end =
      patch.endsAt !== undefined
        ? new Date(patch.endsAt)
        : patch.startsAt !== undefined
          ? new Date(start.getTime() + (state.endsAt.getTime() - state.startsAt.getTime()))
          : state.endsAt;
    const problem = checkSessionTimes(start, end, state.timeZone);
    if (problem)
      return { ok: false, status: 400, code: 'INVALID_SESSION_TIME', field: problem.field, message: problem.message };
    if (start.getTime() !== state.startsAt.getTime() || end.getTime() !== state.endsAt.getTime()) {
      changes.startsAt = start;
      changes.endsAt = end;
      changes.localDate = localDateOf(start, state.timeZone);
    }
    if (patch.venueId !== undefined && patch.venueId !== state.venueId) changes.venueId = patch.venueId;
    if (changes.startsAt || changes.venueId) kinds.push('moved');
    if (patch.delegateOfficialId !== undefined && patch.delegateOfficialId !== state.delegateOfficialId) {
      changes.delegateOfficialId = patch.delegateOfficialId;
      kinds.push('delegated');
    }
  }
  if (kinds.length > 0 && state.status === 'published' && !patch.reason?.trim()) {
    return {
      ok: false,
      status: 400,
      code: 'REASON_REQUIRED',
      field: 'reason',
      message: 'Buổi tiếp đã công bố: phải nêu lý do khi thay đổi hoặc hủy.',
    };
  }
  return { ok: true, changes, kinds };
}
