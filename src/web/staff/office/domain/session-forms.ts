/**
 * The forms of a session's actions (`/can-bo/lich/buoi/:id`): publish (with the late-publishing override), move,
 * cancel, delegate, and the ad-hoc session (Law 42/2013 Art. 18(3)). Each turns the posted fields into the API's body
 * or messages by field id. Pure; times are local to the session's zone.
 */
import { localSlotToUtc } from '../../../../schedules/domain/local-time.js';

const text = (v: unknown, max: number): string =>
  typeof v === 'string' ? v.normalize('NFC').trim().slice(0, max) : '';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export type Parsed<T> = { ok: true; body: T } | { ok: false; problems: Record<string, string> };

const done = <T>(problems: Record<string, string>, body: () => T): Parsed<T> =>
  Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, body: body() };

export const AD_HOC_REASON_LABELS = {
  complex_case: 'Vụ việc phức tạp, có nhiều người tham gia, liên quan đến trách nhiệm của nhiều cơ quan (điểm a)',
  serious_risk: 'Vụ việc có nguy cơ gây thiệt hại nghiêm trọng về tính mạng, tài sản (điểm b)',
} as const;

/** Publish: `override` only with a reason (the API says so too; the page asks before calling it). */
export function parsePublish(body: Record<string, unknown>): Parsed<{ override?: boolean; reason?: string }> {
  const override = body.override === 'yes';
  const reason = text(body.reason, 1000);
  const p: Record<string, string> = {};
  if (override && !reason) p.reason = 'Nêu lý do công bố muộn.';
  return done(p, () => (override ? { override: true, reason } : {}));
}

export interface MoveValues {
  date: string;
  startTime: string;
  reason: string;
  override: boolean;
}

export function moveValues(body: Record<string, unknown>): MoveValues {
  return {
    date: text(body.date, 10),
    startTime: text(body.startTime, 5),
    reason: text(body.reason, 1000),
    override: body.override === 'yes',
  };
}

/** Move: the new local date and start time; the duration stays (the API keeps it when only startsAt is sent). */
export function parseMove(
  v: MoveValues,
  session: { startsAt: string; endsAt: string; timeZone: string },
): Parsed<{ startsAt: string; reason?: string; override?: boolean }> {
  const p: Record<string, string> = {};
  if (!DATE.test(v.date) || Number.isNaN(Date.parse(`${v.date}T00:00:00Z`))) p.date = 'Nhập ngày mới của buổi tiếp.';
  if (!TIME.test(v.startTime)) p.startTime = 'Nhập giờ bắt đầu dạng giờ:phút, ví dụ 08:00.';
  if (v.override && !v.reason) p.reason = 'Nêu lý do dời lịch dưới thời hạn thông báo.';
  const minutes = Math.round((Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60000);
  return done(p, () => ({
    startsAt: localSlotToUtc(v.date, v.startTime, minutes, session.timeZone).startsAt,
    ...(v.reason ? { reason: v.reason } : {}),
    ...(v.override ? { override: true } : {}),
  }));
}

export function parseCancel(body: Record<string, unknown>): Parsed<{ status: 'cancelled'; reason?: string }> {
  const reason = text(body.reason, 1000);
  const p: Record<string, string> = {};
  if (!reason) p['cancel-reason'] = 'Nêu lý do hủy buổi tiếp.';
  return done(p, () => ({ status: 'cancelled' as const, reason }));
}

export function parseDelegate(
  body: Record<string, unknown>,
): Parsed<{ delegateOfficialId: string | null; reason?: string }> {
  const id = text(body.delegateOfficialId, 36);
  const reason = text(body.reason, 1000);
  const p: Record<string, string> = {};
  if (id !== 'none' && !UUID.test(id)) p.delegateOfficialId = 'Chọn người được ủy quyền chủ trì.';
  if (!reason) p['delegate-reason'] = 'Nêu lý do ủy quyền.';
  return done(p, () => ({ delegateOfficialId: id === 'none' ? null : id, reason }));
}

export interface AdHocValues {
  officialId: string;
  venueId: string;
  date: string;
  startTime: string;
  durationMinutes: string;
  adHocReason: string;
  note: string;
}

export function adHocValues(body: Record<string, unknown>): AdHocValues {
  return {
    officialId: text(body.officialId, 36),
    venueId: text(body.venueId, 36),
    date: text(body.date, 10),
    startTime: text(body.startTime, 5),
    durationMinutes: text(body.durationMinutes, 4),
    adHocReason: text(body.adHocReason, 24),
    note: text(body.note, 1000),
  };
}

export function parseAdHoc(
  v: AdHocValues,
  timeZone: string,
): Parsed<{
  officialId: string;
  venueId: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  adHocReason: keyof typeof AD_HOC_REASON_LABELS;
  note: string;
}> {
  const p: Record<string, string> = {};
  if (!UUID.test(v.officialId)) p.officialId = 'Chọn người chủ trì tiếp công dân.';
  if (!UUID.test(v.venueId)) p.venueId = 'Chọn địa điểm tiếp.';
  if (!DATE.test(v.date) || Number.isNaN(Date.parse(`${v.date}T00:00:00Z`))) p.date = 'Nhập ngày tiếp.';
  if (!TIME.test(v.startTime)) p.startTime = 'Nhập giờ bắt đầu dạng giờ:phút, ví dụ 08:00.';
  const minutes = /^\d+$/.test(v.durationMinutes) ? Number(v.durationMinutes) : NaN;
  if (!(minutes >= 15 && minutes <= 720)) p.durationMinutes = 'Thời lượng từ 15 đến 720 phút.';
  if (!(v.adHocReason in AD_HOC_REASON_LABELS)) p.adHocReason = 'Chọn căn cứ tiếp đột xuất.';
  if (!v.note) p.note = 'Nêu vụ việc cụ thể dẫn đến việc tiếp đột xuất.';
  return done(p, () => ({
    officialId: v.officialId,
    venueId: v.venueId,
    ...localSlotToUtc(v.date, v.startTime, minutes, timeZone),
    timeZone,
    adHocReason: v.adHocReason as keyof typeof AD_HOC_REASON_LABELS,
    note: v.note,
  }));
}
