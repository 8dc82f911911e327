/**
 * Online reception (Law 136/2025/QH15 adding Article 3a to the Law on Citizen Reception): the form of a session
 * (in person, online or both), the seats of each form in a slot, which form a booking gets, and when the joining link
 * opens. Pure: used by schedules, sessions and bookings.
 */

export const SESSION_MODES = ['in_person', 'online', 'hybrid'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export const RECEPTION_FORMS = ['in_person', 'online'] as const;
export type ReceptionForm = (typeof RECEPTION_FORMS)[number];

export const MEETING_URL_MAX_LENGTH = 500;
export const RECORDING_PURPOSE_MAX_LENGTH = 500;
export const RECORDING_RETENTION_MAX_DAYS = 3650;

/** The online settings a schedule or a session carries (meeting URL in clear, only in memory). */
export interface OnlineSettings {
  mode: SessionMode;
  meetingUrl: string | null;
  onlineSeatsPerSlot: number | null;
  recordsOnline: boolean;
  recordingPurpose: string | null;
  recordingRetentionDays: number | null;
}

export const IN_PERSON_ONLY: OnlineSettings = Object.freeze({
  mode: 'in_person',
  meetingUrl: null,
  onlineSeatsPerSlot: null,
  recordsOnline: false,
  recordingPurpose: null,
  recordingRetentionDays: null,
});

export interface SettingsProblem {
  field: keyof OnlineSettings;
  message: string;
}

/**
 * A meeting address: an absolute https URL with a host, no user name or password in it, at most 500 characters.
 * No video platform is assumed.
 */
export function isMeetingUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MEETING_URL_MAX_LENGTH) return false;
  if (/\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
}

/**
 * Checks the online settings against the slot size. Online and hybrid need a meeting URL; hybrid needs
 * 1 ≤ onlineSeatsPerSlot < seatsPerSlot (the rest in person); in person carries no URL, online seats or recording;
 * recording needs a purpose and a retention period (Decree 13/2023 Art. 11: consent informed of both).
 * Returns the problems (empty when valid) and the settings normalised (fields that do not apply cleared).
 */
export function checkOnlineSettings(
  s: OnlineSettings,
  seatsPerSlot: number,
): { problems: SettingsProblem[]; settings: OnlineSettings } {
  const problems: SettingsProblem[] = [];
  if (!SESSION_MODES.includes(s.mode))
    problems.push({ field: 'mode', message: 'Hình thức tiếp phải là trực tiếp, trực tuyến hoặc kết hợp.' });
  if (s.mode === 'in_person') {
    if (s.meetingUrl != null)
      problems.push({ field: 'meetingUrl', message: 'Buổi tiếp trực tiếp không có địa chỉ phòng họp trực tuyến.' });
    if (s.onlineSeatsPerSlot != null)
      problems.push({ field: 'onlineSeatsPerSlot', message: 'Chỉ buổi tiếp kết hợp mới chia chỗ trực tuyến.' });
    if (s.recordsOnline)
      problems.push({ field: 'recordsOnline', message: 'Chỉ ghi hình được buổi tiếp có hình thức trực tuyến.' });
    return { problems, settings: { ...IN_PERSON_ONLY } };
  }
  if (!isMeetingUrl(s.meetingUrl))
    problems.push({
      field: 'meetingUrl',
      message:
        'Cần địa chỉ phòng họp trực tuyến dạng https://… (không chứa tên đăng nhập, mật khẩu; tối đa 500 ký tự).',
    });
  if (s.mode === 'hybrid') {
    const n = s.onlineSeatsPerSlot;
    if (n == null || !Number.isInteger(n) || n < 1 || n >= seatsPerSlot)
      problems.push({
        field: 'onlineSeatsPerSlot',
        message: `Buổi tiếp kết hợp cần số chỗ trực tuyến mỗi khung giờ từ 1 đến ${Math.max(1, seatsPerSlot - 1)} (còn lại là chỗ trực tiếp).`,
      });
  } else if (s.onlineSeatsPerSlot != null && s.onlineSeatsPerSlot !== seatsPerSlot) {
    problems.push({
      field: 'onlineSeatsPerSlot',
      message: 'Buổi tiếp trực tuyến: mọi chỗ của khung giờ đều là chỗ trực tuyến.',
    });
  }
  let recordingPurpose: string | null = null;
  let recordingRetentionDays: number | null = null;
  if (s.recordsOnline) {
    if (!s.recordingPurpose || s.recordingPurpose.trim() === '')
      problems.push({ field: 'recordingPurpose', message: 'Phải nêu mục đích ghi hình buổi tiếp trực tuyến.' });
    else recordingPurpose = s.recordingPurpose;
    const d = s.recordingRetentionDays;
    if (d == null || !Number.isInteger(d) || d < 1 || d > RECORDING_RETENTION_MAX_DAYS)
      problems.push({
        field: 'recordingRetentionDays',
        message: `Phải nêu thời hạn lưu bản ghi hình, từ 1 đến ${RECORDING_RETENTION_MAX_DAYS} ngày.`,
      });
    else recordingRetentionDays = d;
  }
  return {
    problems,
    settings: {
      mode: s.mode,
      meetingUrl: s.meetingUrl,
      onlineSeatsPerSlot: s.mode === 'hybrid' ? s.onlineSeatsPerSlot : null,
      recordsOnline: !!s.recordsOnline,
      recordingPurpose,
      recordingRetentionDays,
    },
  };
}

/** Seats of each form in one slot. In person: all in person; online: all online; hybrid: split. */
export function seatsByForm(
  mode: SessionMode,
  seatsPerSlot: number,
  onlineSeatsPerSlot: number | null,
): Record<ReceptionForm, number> {
  if (mode === 'online') return { in_person: 0, online: seatsPerSlot };
  if (mode === 'hybrid') {
    const online = Math.min(seatsPerSlot, Math.max(0, onlineSeatsPerSlot ?? 0));
    return { in_person: seatsPerSlot - online, online };
  }
  return { in_person: seatsPerSlot, online: 0 };
}

/** The forms a session offers, in person first. */
export function formsOffered(mode: SessionMode): ReceptionForm[] {
  if (mode === 'online') return ['online'];
  if (mode === 'hybrid') return ['in_person', 'online'];
  return ['in_person'];
}

export type FormChoice = { ok: true; form: ReceptionForm } | { ok: false; offered: ReceptionForm[] };

/**
 * The form a booking gets: the one asked for when the session offers it; without a request, in person where offered,
 * otherwise online (an online-only session).
 */
export function chooseForm(mode: SessionMode, requested: ReceptionForm | null | undefined): FormChoice {
  const offered = formsOffered(mode);
  if (requested == null) return { ok: true, form: offered[0]! };
  return offered.includes(requested) ? { ok: true, form: requested } : { ok: false, offered };
}

/** When the joining link of a slot opens: `minutesBefore` before the slot starts. */
export function joinOpensAt(slotStartsAt: Date, minutesBefore: number): Date {
  if (!Number.isInteger(minutesBefore) || minutesBefore < 0) throw new RangeError('minutesBefore must be ≥ 0');
  return new Date(slotStartsAt.getTime() - minutesBefore * 60_000);
}

/** Whether the link may be shown at `now` (from opensAt on). */
export function joinIsOpen(now: Date, opensAt: Date): boolean {
  return now.getTime() >= opensAt.getTime();
}

/** "tiếp công dân trực tuyến" / "tiếp công dân trực tiếp": the form of reception as documents name it. */
export function formLabel(form: ReceptionForm): string {
  return form === 'online' ? 'tiếp công dân trực tuyến' : 'tiếp công dân trực tiếp';
}

/** How a session is held, for the public: "trực tiếp", "trực tuyến", "trực tiếp và trực tuyến". */
export function modeLabel(mode: SessionMode): string {
  if (mode === 'online') return 'trực tuyến';
  if (mode === 'hybrid') return 'trực tiếp và trực tuyến';
  return 'trực tiếp';
}

/** A change of online settings: absent fields keep their value; switching to in person clears what no longer applies. */
export type OnlinePatch = { [K in keyof OnlineSettings]?: OnlineSettings[K] | null };

export function mergeOnlineSettings(current: OnlineSettings, patch: OnlinePatch): OnlineSettings {
  const base: OnlineSettings = patch.mode === 'in_person' ? { ...IN_PERSON_ONLY } : { ...current };
  const out = { ...base } as Record<keyof OnlineSettings, unknown>;
  for (const key of Object.keys(IN_PERSON_ONLY) as (keyof OnlineSettings)[]) {
    const v = patch[key];
    if (v !== undefined) out[key] = key === 'recordsOnline' ? !!v : v;
  }
  if (out.mode == null) out.mode = current.mode;
  return out as unknown as OnlineSettings;
}

/** Whether two settings differ in what a booking depends on (form, seats, recording), the address aside. */
export function bookingTermsChanged(a: OnlineSettings, b: OnlineSettings): boolean {
  return (
    a.mode !== b.mode ||
    (a.onlineSeatsPerSlot ?? null) !== (b.onlineSeatsPerSlot ?? null) ||
    a.recordsOnline !== b.recordsOnline ||
    (a.recordingPurpose ?? null) !== (b.recordingPurpose ?? null) ||
    (a.recordingRetentionDays ?? null) !== (b.recordingRetentionDays ?? null)
  );
}

export function sameOnlineSettings(a: OnlineSettings, b: OnlineSettings): boolean {
  return !bookingTermsChanged(a, b) && (a.meetingUrl ?? null) === (b.meetingUrl ?? null);
}
