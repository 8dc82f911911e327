/**
 * The legal notice before a reception session (Luật Tiếp công dân Điều 24: the schedule is posted in advance, 5 working
 * days by the default preset). One rule for every way a session reaches citizens on a date: publishing it, and moving
 * an already published session to another date. Pure: the caller computes the deadline from the preset and calendar.
 */
export interface NoticeRequest {
  /** The user confirms publishing (or moving) under the notice period. */
  override?: boolean;
  reason?: string;
}

export type NoticeVerdict =
  /** In time: nothing to record. */
  | { ok: true; late: false; overrideReason: null }
  /** Late but confirmed with a reason: the reason is recorded on the session. */
  | { ok: true; late: true; overrideReason: string }
  | { ok: false; status: 422; code: 'PUBLISH_NOTICE_TOO_SHORT'; message: string; deadline: string; sessionDate: string }
  | { ok: false; status: 400; code: 'REASON_REQUIRED'; field: 'reason'; message: string; fieldMessage: string };

/**
 * `today` and `deadline` are local ISO dates in the session's zone; `deadline` is the last day the session on
 * `sessionDate` may be announced without an override (null: no notice rule in force).
 */
/** dd/MM/yyyy, as every date a person reads. */
const dmy = (iso: string): string => iso.split('-').reverse().join('/');

export function noticeVerdict(
  today: string,
  sessionDate: string,
  deadline: string | null,
  req: NoticeRequest,
): NoticeVerdict {
  const late = deadline !== null && today > deadline;
  if (!late) return { ok: true, late: false, overrideReason: null };
  if (!req.override) {
    return {
      ok: false,
      status: 422,
      code: 'PUBLISH_NOTICE_TOO_SHORT',
      deadline,
      sessionDate,
      message:
        `Lịch tiếp công dân phải được niêm yết chậm nhất ngày ${dmy(deadline)} (trước ngày tiếp ${dmy(sessionDate)}). ` +
        'Muốn công bố muộn, hãy xác nhận công bố muộn và nêu lý do.',
    };
  }
  const reason = req.reason?.trim() ?? '';
  if (!reason) {
    return {
      ok: false,
      status: 400,
      code: 'REASON_REQUIRED',
      field: 'reason',
      message: 'Công bố muộn phải nêu lý do.',
      fieldMessage: 'Bắt buộc khi công bố chưa đủ thời hạn niêm yết.',
    };
  }
  return { ok: true, late: true, overrideReason: reason };
}
