import { Injectable } from '@nestjs/common';
import { DateTime } from '../common/time/luxon.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { noticeDeadline, noticeInForce } from '../calendar/domain/rule-presets.js';
import { RulePresetsService } from '../calendar/rule-presets.service.js';
import { Clock } from '../common/time/clock.js';
import { type NoticeRequest, noticeVerdict } from './domain/publish-notice.js';
import { SESSIONS_ERRORS } from './errors.js';
import { fail } from '../common/errors/catalogue.js';

const NOTICE_KEY = 'reception_schedule_publish';

/**
 * The notice period before a session reaches citizens, shared by publishing (SessionActionsService) and moving a
 * published session (SessionsService): the same deadline, the same 422 and the same recorded override.
 */
@Injectable()
export class PublishNoticeService {
  constructor(
    private readonly calendar: CalendarService,
    private readonly presets: RulePresetsService,
    private readonly clock: Clock,
  ) {}

  /** The last local date on which a session on `localDate` may be announced without an override. */
  async deadline(localDate: string): Promise<string | null> {
    const notice = noticeInForce(await this.presets.notice(), NOTICE_KEY, localDate);
    if (!notice) return null;
    return noticeDeadline(await this.calendar.calendar(), localDate, notice);
  }

  /**
   * Checks announcing a session on `localDate` (local to `timeZone`) today. Returns the override reason to record
   * (null when in time); throws 422 PUBLISH_NOTICE_TOO_SHORT without `override`, 400 REASON_REQUIRED without a reason.
   */
  async check(
    localDate: string,
    timeZone: string,
    req: NoticeRequest,
  ): Promise<{ late: boolean; overrideReason: string | null }> {
    const today = DateTime.fromJSDate(this.clock.now()).setZone(timeZone).toISODate()!;
    const v = noticeVerdict(today, localDate, await this.deadline(localDate), req);
    if (v.ok) return { late: v.late, overrideReason: v.overrideReason };
    if (v.status === 422) {
      throw fail(SESSIONS_ERRORS[v.code], {
        detail: v.message,
        errors: [
          { field: 'override', message: 'Cần xác nhận công bố muộn.' },
          { field: 'reason', message: 'Nêu lý do công bố muộn.' },
        ],
        extra: { deadline: v.deadline, sessionDate: v.sessionDate },
      });
    }
    throw fail(SESSIONS_ERRORS[v.code], { detail: v.message, errors: [{ field: v.field, message: v.fieldMessage }] });
  }
}
